package org.jixiao.checking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jixiao.report.domain.Report;
import org.jixiao.report.json.ReportJson;
import org.jixiao.rules.CheckResult;
import org.jixiao.rules.RuleEngine;
import org.junit.jupiter.api.Test;

/**
 * Bulk checking runs one engine on several threads: the per-run and shared caches (the narrative read once per
 * run, memoised numbers, compiled patterns) must give every thread exactly the findings of a check on its own.
 */
class ConcurrentCheckTests {

    private static final List<String> FIXTURES = List.of("002-furong-2021", "004-shifeng-2021", "000-lusong-2024");

    @Test
    void checkingOnSeveralThreadsGivesTheFindingsOfCheckingAlone() throws Exception {
        RuleEngine engine = StandardRuleKinds.engine();
        List<Report> reports = new ArrayList<>();
        for (String name : FIXTURES) reports.add(read(name));
        List<CheckResult> alone = reports.stream().map(engine::check).toList();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<CheckResult>> runs = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (Report report : reports) runs.add(pool.submit(() -> engine.check(report)));
            }
            for (int i = 0; i < runs.size(); i++) {
                assertThat(runs.get(i).get()).isEqualTo(alone.get(i % reports.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Report read(String name) throws Exception {
        try (InputStream in = ConcurrentCheckTests.class.getClassLoader().getResourceAsStream("fixtures/" + name + ".json")) {
            return new ReportJson().read(in);
        }
    }
}
