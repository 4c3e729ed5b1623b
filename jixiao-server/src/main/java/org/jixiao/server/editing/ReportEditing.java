package org.jixiao.server.editing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.jixiao.report.domain.Report;
import org.jixiao.report.json.ReportFormatException;
import org.jixiao.report.json.ReportJson;
import org.jixiao.rules.CheckResult;
import org.jixiao.rules.RuleEngine;
import org.jixiao.server.accounts.Account;
import org.jixiao.server.audit.AuditEntry;
import org.jixiao.server.audit.AuditLog;
import org.jixiao.server.checking.FindingPointers;
import org.jixiao.server.checking.ReportChecks;
import org.jixiao.server.editing.RecentPreviews.Applied;
import org.jixiao.server.problems.Conflict;
import org.jixiao.server.problems.Forbidden;
import org.jixiao.server.problems.Invalid;
import org.jixiao.server.problems.NotFound;
import org.jixiao.server.reports.Edit;
import org.jixiao.server.reports.JsonDiff;
import org.jixiao.server.reports.ReportSnapshot;
import org.jixiao.server.reports.Reports;
import org.jixiao.server.reports.SaveOutcome;
import org.jixiao.server.reports.UploadedReports;
import org.jixiao.server.reports.VisibleReports;
import org.jixiao.server.years.ClosedYears;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Changing a report's content. Only the unit's own staff change it, and only while it is a DRAFT or RETURNED and
 * its fiscal year is open ({@link ClosedYears}); everyone who may see the report may open it read-only and preview edits. Saves are optimistic: a save over a
 * newer save is refused with who saved what, and the caller keeps their edits to apply again after reloading.
 */
@Service
public class ReportEditing {

    private final VisibleReports visible;
    private final Reports reports;
    private final ReportJson json;
    private final RuleEngine engine;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final UploadedReports uploads;
    private final ReportChecks checks;
    private final RecentPreviews previews;
    private final ClosedYears closedYears;
    private final DraftedVersions drafted;

    ReportEditing(VisibleReports visible, Reports reports, ReportJson json, RuleEngine engine, AuditLog audit, TransactionTemplate transaction,
            UploadedReports uploads, ReportChecks checks, ClosedYears closedYears, DraftedVersions drafted,
            @Value("${jixiao.cache.previews:512}") int previews) {
        this.previews = new RecentPreviews(previews);
        this.checks = checks;
        this.drafted = drafted;
        this.visible = visible;
        this.reports = reports;
        this.json = json;
        this.engine = engine;
        this.audit = audit;
        this.transaction = transaction;
        this.uploads = uploads;
        this.closedYears = closedYears;
    }

    public EditorState open(Account who, long id) {
        ReportSnapshot snapshot = visible.open(who, id);
        String content = content(snapshot);
        boolean yearOpen = closedYears.isOpen(snapshot.fiscalYear());
        return new EditorState(snapshot, content, checks.of(snapshot, () -> content), yearOpen && mayEdit(who, snapshot), yearOpen);
    }

    /** The 情况说明 drafted from the opened version (remembered for the version). */
    public List<DraftedView> drafted(EditorState opened) {
        return drafted.of(opened.snapshot());
    }

    /** Checks the current version with the edits applied, without saving anything. */
    public Preview preview(Account who, long id, int openedVersion, List<CellEdit> edits) {
        ReportSnapshot snapshot = visible.open(who, id);
        Applied edited = applied(snapshot, edits);
        return new Preview(snapshot.version(), snapshot.version() != openedVersion, edited.check(), edited.pointers(), edited.drafted());
    }

    /**
     * Saves the edits as a new version, with one audit entry per edit: SAVE_CELL (the cell's value before and
     * after), INSERT_ROW (the new empty row after) or REMOVE_ROW (the removed row before), in the order applied.
     */
    public Saved save(Account who, long id, long lockVersion, List<CellEdit> edits, String note) {
        ReportSnapshot snapshot = requireEditable(who, id, "修改报告");
        Applied applied = applied(snapshot, edits);
        if (applied.saveRefusal() != null) throw applied.saveRefusal();
        CheckResult check = applied.check();
        SaveOutcome outcome = transaction.execute(status -> {
            SaveOutcome o = reports.save(id, lockVersion, applied.report(),
                    new Edit(who.username(), check.ruleSetVersion(), note == null || note.isBlank() ? "修改 " + edits.size() + " 处" : note.strip()));
            if (o instanceof SaveOutcome.Saved s) {
                for (CellEdits.Change change : applied.changes()) {
                    String detail = "第" + s.version() + "版" + (change.place() == null ? "" : "，" + change.place());
                    audit.record(AuditEntry.onReport(who.username(), change.action(), change.pointer(), id, snapshot.unitId(), snapshot.districtId(),
                            detail, change.before(), change.after()));
                }
            }
            return o;
        });
        return saved(id, outcome, applied.codeLists(), check, List.of(), applied.pointers(), applied.drafted());
    }

    /**
     * Replaces the content with what the importer reads from an uploaded document (a new version). The document
     * must be of the report's fiscal year; what the importer could not place comes back as notes.
     */
    public Saved importDocument(Account who, long id, long lockVersion, String uploadedName, byte[] bytes) {
        ReportSnapshot snapshot = requireEditable(who, id, "导入文件替换报告内容");
        UploadedReports.Read upload = uploads.read(uploadedName, bytes, snapshot.fiscalYear(), "请上传本年度的文件。");
        String name = upload.name();
        Report imported = upload.report();
        long codeLists = checks.codeLists();
        CheckResult check = engine.check(imported);
        List<String> notes = upload.notes();
        var changes = JsonDiff.between(json.tree(snapshot.report()), json.tree(imported));
        SaveOutcome outcome = transaction.execute(status -> {
            SaveOutcome o = reports.save(id, lockVersion, imported,
                    new Edit(who.username(), check.ruleSetVersion(), "导入 " + name + "（" + upload.format() + "）"));
            if (o instanceof SaveOutcome.Saved s) {
                audit.record(AuditEntry.onReport(who.username(), "IMPORT", name, id, snapshot.unitId(), snapshot.districtId(),
                        "第" + s.version() + "版，" + changes.size() + " 处取值变化，" + notes.size() + " 条未能归位的内容", null, null));
            }
            return o;
        });
        return saved(id, outcome, codeLists, check, notes, FindingPointers.of(json.tree(imported), check.findings()), DraftedView.of(imported));
    }

    private ReportSnapshot requireEditable(Account who, long id, String action) {
        ReportSnapshot snapshot = visible.open(who, id);
        if (!who.worksFor(snapshot.unitId())) throw new Forbidden("只有本单位的填报人或负责人可以修改报告内容。");
        closedYears.requireOpen(snapshot.fiscalYear(), action);
        if (!snapshot.state().editable()) {
            throw new Conflict("报告当前为“" + snapshot.state().label() + "”，不能修改；"
                    + (snapshot.state() == org.jixiao.server.reports.ReportState.PUBLISHED ? "已公开的报告请先发起更正。" : "请等待审核结果。"));
        }
        return snapshot;
    }

    private static boolean mayEdit(Account who, ReportSnapshot snapshot) {
        return who.worksFor(snapshot.unitId()) && snapshot.state().editable();
    }

    /** The stored JSON of the snapshot's own version (not of a version saved since). */
    private String content(ReportSnapshot snapshot) {
        return reports.versionJson(snapshot.id(), snapshot.version()).orElseThrow(() -> new NotFound("没有编号为 " + snapshot.id() + " 的报告。"));
    }

    /**
     * The snapshot's version with the edits applied, and its check. The editor previews the edits it is about to
     * save, so the save finds the same edits on the same version here and does not check them again.
     */
    private Applied applied(ReportSnapshot snapshot, List<CellEdit> edits) {
        long codeLists = checks.codeLists();
        return previews.computeIfAbsent(snapshot.id(), snapshot.version(), codeLists, edits, () -> {
            ObjectNode tree = (ObjectNode) json.parseTree(content(snapshot));
            CellEdits.Applied done = CellEdits.applyNotingSave(tree, edits);
            Report report;
            try {
                report = json.read(tree);
            } catch (ReportFormatException e) {
                throw new Invalid("修改后的报告不符合格式：" + e.getMessage());
            }
            CheckResult check = engine.check(report);
            return new Applied(report, done.changes(), done.saveRefusal(), codeLists, check,
                    FindingPointers.of(tree, check.findings()), DraftedView.of(report));
        });
    }

    /**
     * A saved version's check and drafted 情况说明: remembered for it (the next open or findings read costs no check
     * and no drafting).
     */
    private Saved saved(long id, SaveOutcome outcome, long codeLists, CheckResult check, List<String> notes, FindingPointers pointers,
            List<DraftedView> paragraphs) {
        if (outcome instanceof SaveOutcome.Saved s) {
            drafted.remember(id, s.version(), paragraphs);
            return new Saved(id, s.version(), s.lockVersion(), checks.remember(id, s.version(), codeLists, check, pointers), notes, paragraphs);
        }
        if (outcome instanceof SaveOutcome.Conflict c) throw new Conflict(c.message());
        throw new NotFound("没有编号为 " + id + " 的报告。");
    }

}
