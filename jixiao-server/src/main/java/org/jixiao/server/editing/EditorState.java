package org.jixiao.server.editing;

import org.jixiao.rules.CheckResult;
import org.jixiao.server.reports.ReportSnapshot;

/**
 * What the editor opens with: the current version, its canonical JSON, its check, whether the caller may edit it,
 * and whether its fiscal year is open (a closed year makes the report read-only for everyone).
 */
public record EditorState(ReportSnapshot snapshot, String json, CheckResult check, boolean editable, boolean yearOpen) {
}
