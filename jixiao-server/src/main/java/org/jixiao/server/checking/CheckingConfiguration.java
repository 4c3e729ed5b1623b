package org.jixiao.server.checking;

import org.jixiao.checking.StandardRuleKinds;
import org.jixiao.rules.RuleEngine;
import org.jixiao.rules.RuleRegistry;
import org.jixiao.server.codes.StoredCodeLists;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rule engine (plain Java) wired at the edge; a malformed registry stops the start with its reason. It checks
 * with the code lists of the database, as administrators keep them ({@link StoredCodeLists}), not the bundled files.
 */
@Configuration
class CheckingConfiguration {

    @Bean
    RuleEngine ruleEngine(StoredCodeLists codeLists) {
        return new RuleEngine(RuleRegistry.bundled(), StandardRuleKinds.all(), codeLists);
    }
}
