package org.jixiao.server;

import java.time.Clock;
import org.jixiao.codes.CodeLists;
import org.jixiao.report.json.ReportJson;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain-Java parts of jixiao-core into the server. */
@Configuration
class ServerConfiguration {

    @Bean
    CodeLists codeLists() {
        return CodeLists.bundled();
    }

    // Storage reads and writes the exchange format without code-list membership checks: a code that is
    // missing from a year's list is a finding of the checker, not a reason to refuse saving a draft.
    @Bean
    ReportJson reportJson() {
        return new ReportJson();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
