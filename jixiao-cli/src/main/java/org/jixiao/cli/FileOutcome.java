package org.jixiao.cli;

import java.util.List;
import org.jixiao.rules.CheckResult;
import org.jixiao.rules.Finding;

/** What checking one input gave: its findings (filtered by the minimum severity), or why it was unreadable. */
record FileOutcome(String file, CheckResult result, List<Finding> shown, String error) {

    static FileOutcome checked(String file, CheckResult result, List<Finding> shown) {
        return new FileOutcome(file, result, shown, null);
    }

    static FileOutcome unreadable(String file, String error) {
        return new FileOutcome(file, null, List.of(), error);
    }

    boolean readable() {
        return error == null;
    }
}
