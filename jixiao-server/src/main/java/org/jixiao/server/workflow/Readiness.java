package org.jixiao.server.workflow;

import java.util.List;
import org.jixiao.rules.Finding;

/**
 * Whether a report may be submitted now: the ERRORs that block it and the WARNINGs still without an explanation
 * (SPEC §5). Both empty means ready.
 */
public record Readiness(String ruleSetVersion, List<Finding> errors, List<Finding> unexplainedWarnings) {

    public boolean ready() {
        return errors.isEmpty() && unexplainedWarnings.isEmpty();
    }

    /** Why not, one Chinese line per blocking finding. */
    public List<String> reasons() {
        var lines = new java.util.ArrayList<String>();
        errors.forEach(f -> lines.add("错误 " + f.rule() + "：" + f.message()));
        unexplainedWarnings.forEach(f -> lines.add("警告未说明 " + f.rule() + "：" + f.message()));
        return lines;
    }
}
