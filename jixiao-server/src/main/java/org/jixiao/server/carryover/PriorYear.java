package org.jixiao.server.carryover;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Optional;
import org.jixiao.report.domain.Report;
import org.jixiao.report.json.ReportFormatException;
import org.jixiao.report.json.ReportJson;
import org.jixiao.server.accounts.Account;
import org.jixiao.server.problems.Invalid;
import org.jixiao.server.reports.ReportFilter;
import org.jixiao.server.reports.ReportSnapshot;
import org.jixiao.server.reports.ReportState;
import org.jixiao.server.reports.ReportSummary;
import org.jixiao.server.reports.VisibleReports;
import org.springframework.stereotype.Service;

/**
 * Last year's figures carried over (上年数带入). The source is the same unit's report of the previous fiscal year, read
 * through {@link VisibleReports} with the caller's account, so only a report the caller may see is ever used, and
 * never another unit's (the lookup is by this report's unit). Which version of it:
 * <ol>
 * <li>已审核 or 已公开: its current version (the approved, respectively published, one — the newest the reviewer
 * accepted);</li>
 * <li>otherwise, when it was published before (a correction is being prepared): the published version;</li>
 * <li>otherwise (草稿, 已提交, 退回, never published): its current version, and the message says that its figures may
 * still change.</li>
 * </ol>
 * Nothing here writes: the editor fills the fields as unsaved edits (saved and audited like typed ones), and a new
 * report is created with them filled ({@link #prefill}).
 */
@Service
public class PriorYear {

    private final VisibleReports visible;
    private final ReportJson json;

    PriorYear(VisibleReports visible, ReportJson json) {
        this.visible = visible;
        this.json = json;
    }

    /** The report the figures come from: which report, year, version and state, and why that version. */
    @Schema(description = "上年数的来源：上年报告的编号、年度、版本、状态与所用版本的说明")
    public record Source(long reportId, int fiscalYear, int version, String state, String stateLabel, String basis) {}

    /**
     * What the editor shows: the prior-year report (or, when there is none, why not in {@code message}) and each
     * prior-year field of this report with last year's value and what carrying it over would do.
     */
    @Schema(description = "上年数：上年报告（没有时 message 说明原因）与本报告每个上年数字段")
    public record View(long reportId, int fiscalYear, int priorFiscalYear, boolean available, String message, Source source,
            List<PriorYearField> fields, long fill, long same, long different, long noPlace) {}

    /** A new report's content with last year's figures filled in, and a sentence saying what happened. */
    public record Prefilled(Report report, int filled, Source source, String message) {}

    /** The prior-year fields of a report the account may see (404 otherwise), against its current version. */
    public View view(Account who, long id) {
        ReportSnapshot snapshot = visible.open(who, id);
        JsonNode current = json.parseTree(visible.currentJson(who, id));
        int priorYear = snapshot.fiscalYear() - 1;
        Optional<Last> last = last(who, snapshot.unitId(), priorYear);
        if (last.isEmpty()) {
            return new View(id, snapshot.fiscalYear(), priorYear, false, none(priorYear), null, List.of(), 0, 0, 0, 0);
        }
        List<PriorYearField> fields = PriorYearFields.between(json.tree(last.get().report()), current, priorYear);
        long fill = count(fields, PriorYearField.Status.FILL);
        long same = count(fields, PriorYearField.Status.SAME);
        long different = count(fields, PriorYearField.Status.DIFFERENT);
        long noPlace = count(fields, PriorYearField.Status.NO_PLACE);
        Source source = last.get().source();
        String message = fields.isEmpty() ? "上年报告：" + source.basis() + "。" + nothingToCarry(priorYear)
                : "上年报告：" + source.basis() + "。可带入 " + fill + " 处，与本报告相同 " + same + " 处，不同 " + different
                        + " 处（保留本报告的数，不覆盖）" + (noPlace > 0 ? "，本报告没有位置 " + noPlace + " 处" : "") + "。";
        return new View(id, snapshot.fiscalYear(), priorYear, true, message, source, fields, fill, same, different, noPlace);
    }

    /**
     * A new report of {@code unitId} with last year's figures filled into its empty prior-year fields. An empty report
     * ({@code addPlaces}) first gets the places for them: last year's 公开01/05/07表 rows, 机关运行经费 and the 基础数据表
     * rows. A report read from a document keeps every value the document states.
     */
    public Prefilled prefill(Account who, long unitId, Report report, boolean addPlaces) {
        int year = report.header().fiscalYear();
        Optional<Last> last = last(who, unitId, year - 1);
        if (last.isEmpty()) return new Prefilled(report, 0, null, none(year - 1));
        JsonNode lastTree = json.tree(last.get().report());
        ObjectNode tree = (ObjectNode) json.tree(report);
        if (addPlaces) PriorYearFields.addPlaces(tree, lastTree);
        int filled = PriorYearFields.fill(tree, PriorYearFields.between(lastTree, tree, year - 1));
        Source source = last.get().source();
        if (filled == 0) return new Prefilled(report, 0, source, "上年报告：" + source.basis() + "。" + nothingToCarry(year - 1));
        Report prefilled;
        try {
            prefilled = json.read(tree.toString());
        } catch (ReportFormatException e) {
            throw new Invalid("从" + (year - 1) + "年度报告带入上年数后，报告不符合格式：" + e.getMessage());
        }
        return new Prefilled(prefilled, filled, source, "已从" + source.basis() + "带入上年数 " + filled + " 处。");
    }

    private record Last(Report report, Source source) {}

    private Optional<Last> last(Account who, long unitId, int year) {
        List<ReportSummary> found = visible.list(who, new ReportFilter(unitId, null, null, year, false));
        if (found.isEmpty()) return Optional.empty();
        ReportSummary summary = found.get(0);
        ReportSnapshot current = visible.open(who, summary.id());
        ReportState state = current.state();
        String prefix = year + "年度报告";
        if (state == ReportState.APPROVED || state == ReportState.PUBLISHED) {
            return Optional.of(new Last(current.report(), new Source(current.id(), year, current.version(), state.name(), state.label(),
                    prefix + "第" + current.version() + "版（" + state.label() + "）")));
        }
        if (current.publishedVersion() > 0) {
            int v = current.publishedVersion();
            return Optional.of(new Last(visible.version(who, current.id(), v), new Source(current.id(), year, v, ReportState.PUBLISHED.name(),
                    ReportState.PUBLISHED.label(), prefix + "已公开的第" + v + "版（更正尚未公开，按已公开的数带入）")));
        }
        return Optional.of(new Last(current.report(), new Source(current.id(), year, current.version(), state.name(), state.label(),
                prefix + "第" + current.version() + "版（" + state.label() + "，尚未审核，数字可能还会改动）")));
    }

    private static String none(int year) {
        return "本单位没有" + year + "年度的报告，无法从上年报告带入上年数；请按" + year + "年度决算手工填写上年数。";
    }

    private static String nothingToCarry(int year) {
        return year + "年度报告中没有可带入的数（公开01表、公开05表、公开07表的决算数，机关运行经费，基础数据表的本年决算）。";
    }

    private static long count(List<PriorYearField> fields, PriorYearField.Status status) {
        return fields.stream().filter(f -> f.status() == status).count();
    }
}
