package org.jixiao.server.reports;

import java.util.List;
import org.jixiao.report.domain.Report;
import org.jixiao.report.json.ReportJson;
import org.jixiao.server.accounts.Account;
import org.jixiao.server.accounts.Scope;
import org.jixiao.server.problems.NotFound;
import org.springframework.stereotype.Service;

/**
 * Reading reports with the access rules of SPEC §6 applied in the service layer: a unit's staff read only their
 * unit's reports, a reviewer those of the district, an administrator all; the public reads only published
 * versions. A report the caller may not see is answered exactly like one that does not exist.
 */
@Service
public class VisibleReports {

    private final Reports reports;
    private final ReportJson json;

    VisibleReports(Reports reports, ReportJson json) {
        this.reports = reports;
        this.json = json;
    }

    /** The reports the account may see, narrowed further by {@code filter}. */
    public List<ReportSummary> list(Account who, ReportFilter filter) {
        ReportFilter scoped = filter;
        if (who.scope() instanceof Scope.OfUnit unit) {
            scoped = new ReportFilter(unit.unitId(), filter.districtId(), filter.state(), filter.fiscalYear(), filter.publishedOnly());
        } else if (who.scope() instanceof Scope.OfDistrict district) {
            scoped = new ReportFilter(filter.unitId(), district.districtId(), filter.state(), filter.fiscalYear(), filter.publishedOnly());
        }
        if (filter.districtId() != null && scoped.districtId() != null && !filter.districtId().equals(scoped.districtId())) return List.of();
        if (filter.unitId() != null && scoped.unitId() != null && !filter.unitId().equals(scoped.unitId())) return List.of();
        return reports.list(scoped);
    }

    /** The current version, if the account may see the report. */
    public ReportSnapshot open(Account who, long id) {
        return reports.current(id).filter(r -> who.sees(r.unitId(), r.districtId())).orElseThrow(() -> missing(id));
    }

    /** The current version as stored canonical JSON, if the account may see the report. */
    public String currentJson(Account who, long id) {
        open(who, id);
        return reports.currentJson(id).orElseThrow(() -> missing(id));
    }

    /** The stored JSON of a snapshot's own version (the account has opened it, see {@link #open}). */
    public String versionJson(ReportSnapshot snapshot) {
        return reports.versionJson(snapshot.id(), snapshot.version()).orElseThrow(() -> missing(snapshot.id()));
    }

    public List<ReportVersion> history(Account who, long id) {
        open(who, id);
        return reports.history(id);
    }

    public Report version(Account who, long id, int number) {
        open(who, id);
        return reports.version(id, number).orElseThrow(() -> new NotFound("报告 " + id + " 没有第" + number + "版"));
    }

    /** What the public may list: every report with a published version. */
    public List<ReportSummary> published(ReportFilter filter) {
        return reports.list(new ReportFilter(filter.unitId(), filter.districtId(), null, filter.fiscalYear(), true));
    }

    /** The published version as canonical JSON; not found when the report has none. */
    public String publishedJson(long id) {
        return reports.publishedJson(id).orElseThrow(() -> missing(id));
    }

    /**
     * The list line of one published report, looked up by its id (one indexed query, not a scan of every published
     * report); not found when the report does not exist or has no published version.
     */
    public ReportSummary publishedSummary(long id) {
        return reports.summary(id).filter(r -> r.publishedVersion() > 0).orElseThrow(() -> missing(id));
    }

    /** The published version; not found when the report has none. */
    public Report publishedReport(long id) {
        return reports.version(id, publishedSummary(id).publishedVersion()).orElseThrow(() -> missing(id));
    }

    /**
     * What changed from one version to another (both visible to the account), for example what a correction
     * changed against the published version.
     */
    public List<Change> changes(Account who, long id, int from, int to) {
        open(who, id);
        return JsonDiff.between(json.tree(version(who, id, from)), json.tree(version(who, id, to)));
    }

    /** The versions the public may read, oldest first (empty when nothing is published). */
    public List<Integer> publications(long id) {
        return reports.publications(id);
    }

    /**
     * What the latest publication changed against the one before it (a published correction), for everyone;
     * empty when the report was published only once.
     */
    public List<Change> publishedCorrection(long id) {
        List<Integer> published = reports.publications(id);
        if (published.isEmpty()) throw missing(id);
        if (published.size() < 2) return List.of();
        Report a = reports.version(id, published.get(published.size() - 2)).orElseThrow(() -> missing(id));
        Report b = reports.version(id, published.get(published.size() - 1)).orElseThrow(() -> missing(id));
        return JsonDiff.between(json.tree(a), json.tree(b));
    }

    static NotFound missing(long id) {
        return new NotFound("没有编号为 " + id + " 的报告，或您无权查看。");
    }
}
