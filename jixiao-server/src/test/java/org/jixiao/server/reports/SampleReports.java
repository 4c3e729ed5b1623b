package org.jixiao.server.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.report.domain.DocumentKind;
import org.jixiao.report.domain.FinalAccounts;
import org.jixiao.report.domain.Paragraph;
import org.jixiao.report.domain.Report;
import org.jixiao.report.domain.ReportHeader;
import org.jixiao.report.domain.Section;
import org.jixiao.report.domain.StatementTable;
import org.jixiao.report.domain.TableKind;
import org.jixiao.report.domain.TableRow;
import org.jixiao.shared.Figure;
import org.jixiao.shared.Provenance;

/** Small reports built in code, so that persistence tests do not depend on the seed fixtures. */
public final class SampleReports {

    private SampleReports() {
    }

    /** A 支出决算表 whose total is {@code total} (basic + project), and one narrative sentence stating it. */
    public static Report expenditure(String unitName, int year, String basic, String project, String total) {
        Map<String, Figure> cells = new LinkedHashMap<>();
        cells.put("total", Figure.of(total, Provenance.cell("公开03表", "total/total", 12)));
        cells.put("basic", Figure.of(basic));
        cells.put("project", Figure.of(project));
        var table = new StatementTable(TableKind.EXPENDITURE, "公开03表", "支出决算表", "万元",
                List.of(new TableRow("total", "合计", cells, Provenance.line(12)),
                        new TableRow("201", "一般公共服务支出", Map.of("total", Figure.of(total)), null)),
                List.of("注：本表反映单位本年度各项支出情况。"), null, null);
        var narrative = new Section("final-accounts", "一、", "收入支出决算总体情况说明", 1,
                List.of(new Paragraph("本年支出合计" + total + "万元，其中基本支出" + basic + "万元。", Provenance.line(40))), null);
        return new Report(Report.FORMAT_VERSION,
                new ReportHeader(unitName, null, year, "湖南省演示市演示区", List.of(DocumentKind.FINAL_ACCOUNTS)),
                null, null, new FinalAccounts(List.of(table), null), null, List.of(narrative));
    }
}
