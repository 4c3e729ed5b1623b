package org.jixiao.server.editing;

import java.util.List;
import org.jixiao.rules.CheckResult;
import org.jixiao.server.checking.ReportChecks;

/** A saved version: its number, the lock version the next save must present, its check (with the places of its findings) and notes (of an import). */
public record Saved(long reportId, int version, long lockVersion, ReportChecks.Checked checked, List<String> notes) {

    public CheckResult check() {
        return checked.result();
    }
}
