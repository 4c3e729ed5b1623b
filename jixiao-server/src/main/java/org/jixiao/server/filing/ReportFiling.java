package org.jixiao.server.filing;

import java.util.List;
import org.jixiao.report.domain.DocumentKind;
import org.jixiao.report.domain.Report;
import org.jixiao.report.domain.ReportHeader;
import org.jixiao.server.accounts.Account;
import org.jixiao.server.accounts.Role;
import org.jixiao.server.accounts.Scope;
import org.jixiao.server.audit.AuditEntry;
import org.jixiao.server.audit.AuditLog;
import org.jixiao.server.carryover.PriorYear;
import org.jixiao.server.problems.Conflict;
import org.jixiao.server.problems.Forbidden;
import org.jixiao.server.problems.Invalid;
import org.jixiao.server.reports.Edit;
import org.jixiao.server.reports.ReportFilter;
import org.jixiao.server.reports.ReportSnapshot;
import org.jixiao.server.reports.Reports;
import org.jixiao.server.reports.UploadedReports;
import org.jixiao.server.units.District;
import org.jixiao.server.units.Districts;
import org.jixiao.server.units.Unit;
import org.jixiao.server.units.Units;
import org.jixiao.server.years.FiscalYear;
import org.jixiao.server.years.FiscalYears;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creating a unit's report for a fiscal year. Who: the unit's 填报人 or 负责人 for their own unit, an administrator for
 * any unit; a reviewer creates none. The year must be set up and open; a unit has one report per year.
 */
@Service
public class ReportFiling {

    private final Reports reports;
    private final Units units;
    private final Districts districts;
    private final FiscalYears years;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final UploadedReports uploads;
    private final PriorYear priorYear;

    ReportFiling(Reports reports, Units units, Districts districts, FiscalYears years, AuditLog audit, TransactionTemplate transaction,
            UploadedReports uploads, PriorYear priorYear) {
        this.reports = reports;
        this.units = units;
        this.districts = districts;
        this.years = years;
        this.audit = audit;
        this.transaction = transaction;
        this.uploads = uploads;
        this.priorYear = priorYear;
    }

    /** The open fiscal years, newest first. */
    public List<FiscalYear> openYears() {
        return years.all().stream().filter(FiscalYear::open).sorted((a, b) -> Integer.compare(b.year(), a.year())).toList();
    }

    /** The units the account may create reports for: its own, or every unit for an administrator. */
    public List<Unit> units(Account who) {
        if (who.scope() instanceof Scope.OfUnit u) return units.byId(u.unitId()).stream().toList();
        if (who.role() == Role.ADMIN) return districts.all().stream().flatMap(d -> units.inDistrict(d.id()).stream()).toList();
        return List.of();
    }

    /**
     * An empty report of the year: the header (unit, year, region and both documents), and when the unit has last year's
     * report, its 公开01/05/07表 rows, 机关运行经费 and 基础数据表 rows with last year's figures as 上年数
     * ({@link PriorYear#prefill}), to fill in in the editor.
     */
    public Created createEmpty(Account who, Long unitId, int year) {
        Unit unit = requireAllowed(who, unitId, year);
        String region = districts.byId(unit.districtId()).map(District::name).orElse(null);
        Report empty = new Report(Report.FORMAT_VERSION,
                new ReportHeader(unit.name(), unit.code(), year, region, List.of(DocumentKind.FINAL_ACCOUNTS, DocumentKind.SELF_EVALUATION)),
                null, null, null, null, List.of());
        return store(who, unit, priorYear.prefill(who, unit.id(), empty, true), "新建空白报告", "空白", List.of());
    }

    /**
     * A report pre-filled by the importer from an uploaded document of the same fiscal year; prior-year fields the
     * document leaves empty get last year's figures, those it states are kept.
     */
    public Created createFromDocument(Account who, Long unitId, int year, String uploadedName, byte[] bytes) {
        Unit unit = requireAllowed(who, unitId, year);
        UploadedReports.Read upload = uploads.read(uploadedName, bytes, year,
                "请选择与文件相同的年度，或上传" + year + "年度的文件。");
        return store(who, unit, priorYear.prefill(who, unit.id(), upload.report(), false), "导入 " + upload.name() + "（" + upload.format() + "）",
                upload.name(), upload.notes());
    }

    private Created store(Account who, Unit unit, PriorYear.Prefilled prefilled, String note, String source, List<String> notes) {
        Report report = prefilled.report();
        String versionNote = prefilled.filled() > 0 ? note + "，从" + prefilled.source().fiscalYear() + "年度报告第" + prefilled.source().version()
                + "版带入上年数 " + prefilled.filled() + " 处" : note;
        return transaction.execute(status -> {
            ReportSnapshot created;
            try {
                created = reports.create(unit.id(), report, Edit.by(who.username(), versionNote));
            } catch (IllegalArgumentException e) {
                throw new Conflict(unit.name() + "已有" + report.header().fiscalYear() + "年度的报告，请在“我的工作台”中打开它。");
            }
            audit.record(AuditEntry.onReport(who.username(), "CREATE_REPORT", "报告", created.id(), unit.id(), unit.districtId(),
                    versionNote + "，" + notes.size() + " 条未能归位的内容", null, report.header().fiscalYear() + "年度 第1版"));
            return new Created(created.id(), unit.id(), report.header().fiscalYear(), created.version(), source, notes, prefilled.filled(),
                    prefilled.message());
        });
    }

    private Unit requireAllowed(Account who, Long unitId, int year) {
        Long wanted = unitId;
        if (who.scope() instanceof Scope.OfUnit u) {
            if (wanted != null && wanted != u.unitId()) throw new Forbidden("只能为本单位新建报告。");
            wanted = u.unitId();
        } else if (who.role() != Role.ADMIN) {
            throw new Forbidden("只有单位填报人、单位负责人或管理员可以新建报告。");
        }
        if (wanted == null) throw new Invalid("请选择单位。");
        long id = wanted;
        Unit unit = units.byId(id).orElseThrow(() -> new Invalid("没有编号为 " + id + " 的单位，请从列表中选择。"));
        FiscalYear fiscalYear = years.byYear(year).orElseThrow(() -> new Invalid(year + "年度尚未设立，请联系管理员新增该年度。"));
        if (!fiscalYear.open()) throw new Conflict(year + "年度已关闭，不能新建报告；如需补报请联系管理员重新开放该年度。");
        if (!reports.list(new ReportFilter(unit.id(), null, null, year, false)).isEmpty()) {
            throw new Conflict(unit.name() + "已有" + year + "年度的报告，请在“我的工作台”中打开它。");
        }
        return unit;
    }

}
