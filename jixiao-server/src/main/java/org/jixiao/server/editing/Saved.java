package org.jixiao.server.editing;

import java.util.List;
import org.jixiao.report.domain.Report;
import org.jixiao.rules.CheckResult;
import org.jixiao.server.checking.ReportChecks;

/**
 * A saved version: its number, the lock version the next save must present, its check (with the places of its
 * findings), notes (of an import) and the saved report as the model.
 */
public record Saved(long reportId, int version, long lockVersion, ReportChecks.Checked checked, List<String> notes, Report report) {

    public CheckResult check() {
        return checked.result();
    }
}
