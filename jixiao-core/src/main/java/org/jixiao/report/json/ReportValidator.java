package org.jixiao.report.json;

import java.util.List;
import java.util.Set;
import org.jixiao.codes.CodeLists;
import org.jixiao.codes.Scheme;
import org.jixiao.report.domain.FundRow;
import org.jixiao.report.domain.PerformanceSheet;
import org.jixiao.report.domain.Report;
import org.jixiao.report.domain.Section;
import org.jixiao.report.domain.StatementTable;
import org.jixiao.report.domain.TableKind;
import org.jixiao.report.domain.TableRow;
import org.jixiao.shared.Figure;

/**
 * Checks what the JSON types alone cannot: every table cell and fund amount is blank or a number in 万元,
 * and every classification code exists in the report year's code list (when code lists are given).
 * Arithmetic is not checked here: a report may state wrong sums; that is the rule engine's job.
 */
final class ReportValidator {

    private static final Set<TableKind> ECONOMIC = Set.of(TableKind.BASIC_EXPENDITURE_DETAIL);
    private static final Set<TableKind> FUNCTIONAL = Set.of(TableKind.INCOME, TableKind.EXPENDITURE,
            TableKind.GENERAL_BUDGET_EXPENDITURE, TableKind.GOVERNMENT_FUND, TableKind.STATE_CAPITAL);

    /** The parts of the narrative (docs/report-format.md). */
    private static final List<String> PARTS = List.of("final-accounts", "glossary", "evaluation", "profile", "other");

    private final CodeLists codeLists;

    ReportValidator(CodeLists codeLists) {
        this.codeLists = codeLists;
    }

    Report validate(Report report) {
        if (!Report.FORMAT_VERSION.equals(report.formatVersion())) {
            throw new ReportFormatException("formatVersion", report.formatVersion(),
                    "不支持的格式版本，本程序读写 " + Report.FORMAT_VERSION);
        }
        if (report.finalAccounts() != null) {
            var tables = report.finalAccounts().tables();
            for (int t = 0; t < tables.size(); t++) {
                validateTable(report.header().fiscalYear(), tables.get(t), "finalAccounts.tables[" + t + "]");
            }
        }
        for (int n = 0; n < report.narrative().size(); n++) {
            validateSection(report.narrative().get(n), "narrative[" + n + "]");
        }
        if (report.selfEvaluation() != null) {
            var sheets = report.selfEvaluation().sheets();
            for (int s = 0; s < sheets.size(); s++) {
                validateSheet(sheets.get(s), "selfEvaluation.sheets[" + s + "]");
            }
        }
        return report;
    }

    private void validateTable(int year, StatementTable table, String path) {
        for (int r = 0; r < table.rows().size(); r++) {
            TableRow row = table.rows().get(r);
            String rowPath = path + ".rows[" + r + "]";
            if (row.isCode() && codeLists != null) {
                Scheme scheme = ECONOMIC.contains(table.kind()) ? Scheme.ECONOMIC
                        : FUNCTIONAL.contains(table.kind()) ? Scheme.FUNCTIONAL : null;
                if (scheme != null && !codeLists.forYear(year).scheme(scheme).contains(row.key())) {
                    throw new ReportFormatException(rowPath + ".key", row.key(),
                            year + "年" + scheme.label() + "中没有这个科目编码，请核对编码或代码表");
                }
            }
            for (var cell : row.cells().entrySet()) {
                requireAmount(cell.getValue(), rowPath + ".cells." + cell.getKey());
            }
        }
    }

    private static void validateSection(Section section, String path) {
        if (section.part() == null || !PARTS.contains(section.part())) {
            throw new ReportFormatException(path + ".part", section.part(), "应为以下之一 " + PARTS);
        }
        if (section.level() < 1) {
            throw new ReportFormatException(path + ".level", String.valueOf(section.level()), "层级从 1（章）起，必填");
        }
    }

    private void validateSheet(PerformanceSheet sheet, String path) {
        if (sheet.funds() == null) return;
        for (int r = 0; r < sheet.funds().rows().size(); r++) {
            FundRow row = sheet.funds().rows().get(r);
            String rowPath = path + ".funds.rows[" + r + "]";
            requireAmount(row.initialBudget(), rowPath + ".initialBudget");
            requireAmount(row.fullYearBudget(), rowPath + ".fullYearBudget");
            requireAmount(row.executed(), rowPath + ".executed");
        }
    }

    private static void requireAmount(Figure figure, String path) {
        if (figure == null || figure.isBlank()) return;
        if (figure.amount().isEmpty()) {
            throw new ReportFormatException(path, figure.text(),
                    "不是金额；金额写成数字（万元，最多两位小数，可带千分位逗号，如 1,474.07），空值留空");
        }
    }
}
