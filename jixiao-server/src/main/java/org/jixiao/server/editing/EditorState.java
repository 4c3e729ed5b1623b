package org.jixiao.server.editing;

import org.jixiao.rules.CheckResult;
import org.jixiao.server.checking.ReportChecks;
import org.jixiao.server.reports.ReportSnapshot;

/**
 * What the editor opens with: the current version, its canonical JSON, its check (with the places of its findings),
 * whether the caller may edit it, and whether its fiscal year is open (a closed year makes the report read-only for
 * everyone).
 */
public record EditorState(ReportSnapshot snapshot, String json, ReportChecks.Checked checked, boolean editable, boolean yearOpen) {

    public CheckResult check() {
        return checked.result();
    }
}
