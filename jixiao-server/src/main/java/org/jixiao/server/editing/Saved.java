package org.jixiao.server.editing;

import java.util.List;
import org.jixiao.rules.CheckResult;
import org.jixiao.server.checking.ReportChecks;

/**
 * A saved version: its number, the lock version the next save must present, its check (with the places of its
 * findings), notes (of an import) and the 情况说明 drafted from the saved report.
 */
public record Saved(long reportId, int version, long lockVersion, ReportChecks.Checked checked, List<String> notes, List<DraftedView> drafted) {

    public CheckResult check() {
        return checked.result();
    }
}
