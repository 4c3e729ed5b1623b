package org.jixiao.rules;

import java.util.List;

/** The outcome of checking one report: the rule set used (version and folder year) and the findings, sorted. */
public record CheckResult(String ruleSetVersion, int ruleSetYear, List<Finding> findings) {

    public CheckResult {
        findings = List.copyOf(findings);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }
}
