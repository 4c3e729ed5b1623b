package org.jixiao.server.checking;

import org.jixiao.checking.StandardRuleKinds;
import org.jixiao.codes.CodeLists;
import org.jixiao.rules.RuleEngine;
import org.jixiao.rules.RuleRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rule engine (plain Java) wired at the edge; a malformed registry stops the start with its reason. */
@Configuration
class CheckingConfiguration {

    @Bean
    RuleEngine ruleEngine(CodeLists codeLists) {
        return new RuleEngine(RuleRegistry.bundled(), StandardRuleKinds.all(), codeLists);
    }
}
