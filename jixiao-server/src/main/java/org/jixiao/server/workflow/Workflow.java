package org.jixiao.server.workflow;

import java.util.List;
import java.util.Map;
import org.jixiao.rules.CheckResult;
import org.jixiao.rules.Finding;
import org.jixiao.rules.RuleEngine;
import org.jixiao.rules.Severity;
import org.jixiao.server.accounts.Account;
import org.jixiao.server.audit.AuditEntry;
import org.jixiao.server.audit.AuditLog;
import org.jixiao.server.problems.Conflict;
import org.jixiao.server.problems.Forbidden;
import org.jixiao.server.problems.Invalid;
import org.jixiao.server.reports.ReportSnapshot;
import org.jixiao.server.reports.ReportState;
import org.jixiao.server.reports.Reports;
import org.jixiao.server.reports.TransitionOutcome;
import org.jixiao.server.reports.VisibleReports;
import org.jixiao.server.years.ClosedYears;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The workflow steps of SPEC §6. Who may take a step is decided here, for every caller (page or API):
 * <ul>
 *   <li>the unit's staff (填报人, 负责人) submit a DRAFT or RETURNED report, explain warnings, and reopen a
 *       PUBLISHED one for a correction;</li>
 *   <li>the district's reviewer (财政审核人) returns a SUBMITTED report with at least one comment, approves it,
 *       publishes an APPROVED one, and may also reopen a published one;</li>
 *   <li>an administrator reads everything but takes no workflow step (separation of duties).</li>
 * </ul>
 * A report the caller may not see is "not found"; one they see but may not act on is "forbidden"; a step out
 * of order or over a newer change is a conflict, and so is every step but 公开 while the report's fiscal year is
 * closed ({@link ClosedYears}: a closed year is frozen; publishing an approved report changes no content and stays
 * possible).
 */
@Service
public class Workflow {

    private static final int MAX_TEXT = 4000;

    private final VisibleReports visible;
    private final Reports reports;
    private final RuleEngine engine;
    private final Comments comments;
    private final Explanations explanations;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final ClosedYears closedYears;

    Workflow(VisibleReports visible, Reports reports, RuleEngine engine, Comments comments, Explanations explanations, AuditLog audit,
            TransactionTemplate transaction, ClosedYears closedYears) {
        this.visible = visible;
        this.reports = reports;
        this.engine = engine;
        this.comments = comments;
        this.explanations = explanations;
        this.audit = audit;
        this.transaction = transaction;
        this.closedYears = closedYears;
    }

    /** What still blocks a submission of the current version. */
    public Readiness readiness(Account who, long id) {
        return readiness(visible.open(who, id));
    }

    /** Submits the current version: refused while an ERROR remains or a WARNING has no explanation. */
    public StepResult submit(Account who, long id, long lockVersion) {
        ReportSnapshot report = visible.open(who, id);
        requireUnit(who, report, "提交");
        closedYears.requireOpen(report.fiscalYear(), "提交");
        Readiness readiness = readiness(report);
        if (!readiness.ready()) {
            throw new Conflict("报告尚有 " + readiness.errors().size() + " 项错误、" + readiness.unexplainedWarnings().size()
                    + " 项未说明的警告，不能提交：请改正错误，并对每项警告写明情况说明。", readiness.reasons());
        }
        return step(who, report, lockVersion, ReportState.SUBMITTED, "提交（规则集 " + readiness.ruleSetVersion() + "）");
    }

    /** Returns a submitted report to the unit with the reviewer's comments (at least one). */
    public StepResult returnToUnit(Account who, long id, long lockVersion, List<NewComment> newComments) {
        ReportSnapshot report = visible.open(who, id);
        requireReviewer(who, report, "退回");
        closedYears.requireOpen(report.fiscalYear(), "退回");
        List<NewComment> written = newComments == null ? List.of()
                : newComments.stream().filter(c -> c.body() != null && !c.body().isBlank()).toList();
        if (written.isEmpty()) throw new Invalid("退回时请至少写一条审核意见，说明需要修改什么。");
        written.forEach(c -> requireLength(c.body(), "审核意见"));
        return transaction.execute(status -> {
            StepResult result = step(who, report, lockVersion, ReportState.RETURNED, "退回（" + written.size() + " 条意见）");
            for (NewComment c : written) {
                comments.add(report.id(), report.version(), who.username(), new NewComment(blankToNull(c.anchor()), c.body().strip()));
                audit.record(entry(who, "COMMENT", c.anchor() == null || c.anchor().isBlank() ? "报告" : c.anchor(), report, c.body().strip(),
                        null, null));
            }
            return result;
        });
    }

    public StepResult approve(Account who, long id, long lockVersion) {
        ReportSnapshot report = visible.open(who, id);
        requireReviewer(who, report, "审核通过");
        closedYears.requireOpen(report.fiscalYear(), "审核通过");
        return step(who, report, lockVersion, ReportState.APPROVED, "审核通过");
    }

    /**
     * Publishes an approved report: its current version becomes the one the public sees, immutable from now on. Allowed
     * in a closed year too (the approved content does not change).
     */
    public StepResult publish(Account who, long id, long lockVersion) {
        ReportSnapshot report = visible.open(who, id);
        requireReviewer(who, report, "公开");
        return step(who, report, lockVersion, ReportState.PUBLISHED, "公开第" + report.version() + "版");
    }

    /**
     * Reopens a published report as a DRAFT for a correction. The published version stays public and unchanged;
     * the correction is a new version, published in its turn with the list of what changed.
     */
    public StepResult reopenForCorrection(Account who, long id, long lockVersion, String reason) {
        ReportSnapshot report = visible.open(who, id);
        if (!who.worksFor(report.unitId()) && !who.reviews(report.districtId())) {
            throw new Forbidden("只有本单位人员或本区财政审核人可以发起更正。");
        }
        closedYears.requireOpen(report.fiscalYear(), "发起更正");
        if (reason == null || reason.isBlank()) throw new Invalid("请写明更正原因。");
        requireLength(reason, "更正原因");
        return step(who, report, lockVersion, ReportState.DRAFT, "发起更正：" + reason.strip());
    }

    /** Writes (or rewrites) the unit's explanation of a warning of the current version. */
    public void explain(Account who, long id, String findingKey, String text) {
        ReportSnapshot report = visible.open(who, id);
        requireUnit(who, report, "填写情况说明");
        closedYears.requireOpen(report.fiscalYear(), "填写情况说明");
        if (text == null || text.isBlank()) throw new Invalid("情况说明不能为空。");
        requireLength(text, "情况说明");
        boolean known = engine.check(report.report()).findings().stream()
                .anyMatch(f -> f.severity() == Severity.WARNING && FindingKeys.of(f).equals(findingKey));
        if (!known) throw new Invalid("当前版本没有这项警告（" + findingKey + "），无需说明；请刷新核查结果。");
        transaction.executeWithoutResult(status -> {
            String before = explanations.of(id).containsKey(findingKey) ? explanations.of(id).get(findingKey).body() : null;
            explanations.put(id, new Explanation(findingKey, text.strip(), who.username(), null));
            audit.record(entry(who, "EXPLAIN", findingKey, report, null, before, text.strip()));
        });
    }

    public List<Comment> comments(Account who, long id) {
        visible.open(who, id);
        return comments.of(id);
    }

    public Map<String, Explanation> explanations(Account who, long id) {
        visible.open(who, id);
        return explanations.of(id);
    }

    private Readiness readiness(ReportSnapshot report) {
        CheckResult result = engine.check(report.report());
        Map<String, Explanation> written = explanations.of(report.id());
        List<Finding> errors = result.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        List<Finding> unexplained = result.findings().stream()
                .filter(f -> f.severity() == Severity.WARNING && !written.containsKey(FindingKeys.of(f))).toList();
        return new Readiness(result.ruleSetVersion(), errors, unexplained);
    }

    private StepResult step(Account who, ReportSnapshot report, long lockVersion, ReportState to, String detail) {
        if (!report.state().canMoveTo(to)) {
            throw new Conflict("报告当前为“" + report.state().label() + "”，不能" + verb(to) + "。");
        }
        return transaction.execute(status -> {
            TransitionOutcome outcome = reports.transition(report.id(), lockVersion, report.state(), to);
            if (outcome instanceof TransitionOutcome.Moved moved) {
                audit.record(entry(who, action(to), "状态", report, detail, report.state().name(), to.name()));
                return new StepResult(report.id(), moved.state(), moved.lockVersion());
            }
            if (outcome instanceof TransitionOutcome.Conflict c) {
                throw new Conflict("报告已被他人修改（当前状态：" + c.currentState().label() + "），您的操作未执行；请刷新后再试。");
            }
            throw new org.jixiao.server.problems.NotFound("没有编号为 " + report.id() + " 的报告。");
        });
    }

    private static void requireUnit(Account who, ReportSnapshot report, String what) {
        if (!who.worksFor(report.unitId())) throw new Forbidden("只有本单位的填报人或负责人可以" + what + "。");
    }

    private static void requireReviewer(Account who, ReportSnapshot report, String what) {
        if (!who.reviews(report.districtId())) throw new Forbidden("只有本区的财政审核人可以" + what + "。");
    }

    private static void requireLength(String text, String what) {
        if (text.length() > MAX_TEXT) throw new Invalid(what + "过长（" + text.length() + " 字），请控制在 " + MAX_TEXT + " 字以内。");
    }

    private static AuditEntry entry(Account who, String action, String subject, ReportSnapshot report, String detail, String before,
            String after) {
        return AuditEntry.onReport(who.username(), action, subject, report.id(), report.unitId(), report.districtId(), detail, before, after);
    }

    private static String action(ReportState to) {
        return switch (to) {
            case SUBMITTED -> "SUBMIT";
            case RETURNED -> "RETURN";
            case APPROVED -> "APPROVE";
            case PUBLISHED -> "PUBLISH";
            case DRAFT -> "REOPEN";
        };
    }

    private static String verb(ReportState to) {
        return switch (to) {
            case SUBMITTED -> "提交";
            case RETURNED -> "退回";
            case APPROVED -> "审核通过";
            case PUBLISHED -> "公开";
            case DRAFT -> "发起更正";
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
