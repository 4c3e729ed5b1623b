package org.jixiao.rules;

import java.util.List;

/** The rules of one fiscal year's folder, with the version {@code ruleset.yaml} gives. */
public record RuleSet(int year, String version, List<RuleDefinition> rules) {

    public RuleSet {
        rules = List.copyOf(rules);
    }
}
