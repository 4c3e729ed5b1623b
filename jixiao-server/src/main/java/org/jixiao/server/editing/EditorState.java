package org.jixiao.server.editing;

import org.jixiao.rules.CheckResult;
import org.jixiao.server.checking.ReportChecks;
import org.jixiao.server.reports.ReportSnapshot;

/** What the editor opens with: the current version, its canonical JSON, its check, and whether the caller may edit it. */
public record EditorState(ReportSnapshot snapshot, String json, ReportChecks.Checked checked, boolean editable) {

    public CheckResult check() {
        return checked.result();
    }
}
