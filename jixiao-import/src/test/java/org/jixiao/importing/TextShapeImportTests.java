package org.jixiao.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jixiao.report.domain.Report;
import org.jixiao.report.domain.StatementTable;
import org.jixiao.report.domain.TableKind;
import org.jixiao.report.domain.TableRow;
import org.jixiao.shared.Figure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seed 004 in the text shapes other exports use gives the same tables and 自评表s as the seed itself (which
 * {@link FixtureComparisonTests} compares with the hand-made fixture): cells one per line, names wrapped over
 * lines, amounts with 万元.
 */
class TextShapeImportTests {

    // Lines of seed 004: 公开02表, 公开03表, 公开05表 and the 整体支出 自评表 (部门名称 … 总分).
    static final int[] INCOME = {129, 148};
    static final int[] EXPENDITURE = {159, 178};
    static final int[] GENERAL_BUDGET = {237, 253};
    static final int[] WHOLE_SHEET = {579, 598};

    private static final DocumentImporter importer = new DocumentImporter();
    private static ImportResult original;

    @BeforeAll
    static void importSeed() throws Exception {
        original = importer.importFile(Seeds.path(Seeds.SEED_004));
    }

    @Test
    void tablesAndWholeSheetWithOneCellPerLineImportTheSameValues() throws Exception {
        TextShapes variant = TextShapes.seed004().cellPerLine(INCOME[0], INCOME[1]).cellPerLine(EXPENDITURE[0], EXPENDITURE[1])
                .cellPerLine(GENERAL_BUDGET[0], GENERAL_BUDGET[1]).cellPerLine(WHOLE_SHEET[0], WHOLE_SHEET[1]);

        ImportResult result = importer.importBytes("004-cell-per-line.txt", variant.bytes());

        assertSameValues(result);
        assertThat(reasons(result)).isEqualTo(reasons(original));
        assertThat(ReportAssertions.cell(result.report(), TableKind.EXPENDITURE, "total", "project").at().line()).isGreaterThan(162);
    }

    @Test
    void namesWrappedOntoFurtherLinesAreJoinedToTheirCell() throws Exception {
        TextShapes variant = TextShapes.seed004()
                .wrapAfterRow(164, 1, 8)          // 政府办公厅（室）| 及相关机构事务, the rest of the row above
                .wrapInRow(167, 1, 12)            // 其他政府办公厅（室）及相关 | 机构事务支出⇥282.16 …
                .wrapInRow(242, 1, 6)             // 政府办公厅(室) | 及相关机构事务⇥1,252.01 …
                .wrapOverThreeLines(245, 1, 4, 11) // 其他政府 | 办公厅(室)及相 | 关机构事务支出⇥282.16 …
                .wrapInRow(594, 2, 11)            // 三级指标 物业管理及水电气经费、| 公车平台费用等⇥710 万元 …
                .wrapInRow(595, 3, 16)            // 三级指标 完善安保体系建设，改进工作模式，| 全面提升应急处置能力⇥…
                .wrapAfterRow(618, 3, 4);         // 三级指标 机关各类 | 重要会议场次, alone on the next line

        ImportResult result = importer.importBytes("004-wrapped.txt", variant.bytes());

        assertSameValues(result);
        assertThat(reasons(result)).isEqualTo(reasons(original));
        assertThat(ReportAssertions.table(result.report(), TableKind.EXPENDITURE).row("2010399").orElseThrow().name())
                .isEqualTo("其他政府办公厅（室）及相关机构事务支出");
    }

    @Test
    void amountsOnTheLineAfterTheNameAreTheRowsNextCells() throws Exception {
        TextShapes variant = TextShapes.seed004().breakBefore(176, 2, false).breakBefore(246, 2, true);

        ImportResult result = importer.importBytes("004-amounts-below.txt", variant.bytes());

        assertSameValues(result);
        assertThat(reasons(result)).isEqualTo(reasons(original));
    }

    @Test
    void rowBrokenOffWithoutItsAmountsHasThemUnknownNotZero() throws Exception {
        // 20199's name breaks, and the next line is a paragraph: its amounts are not known, so not stated.
        TextShapes variant = TextShapes.seed004().breakBefore(246, 2, true);
        String text = variant.text().replace("20199\t其他一般公共服务支出\n\t4.52\t\t4.52", "20199\t其他一般公共服务支出\n\n第4.52万元");

        ImportResult result = importer.importBytes("004-broken.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        var row = ReportAssertions.table(result.report(), TableKind.GENERAL_BUDGET_EXPENDITURE).row("20199").orElseThrow();
        assertThat(row.cells()).doesNotContainKey("total");
        assertThat(result.notes()).anySatisfy(n -> assertThat(n.reason()).contains("第246行在“其他一般公共服务支出”处断开"));
    }

    @Test
    void fragmentOfARowWithSeveralTextCellsIsLeftOutWithANote() throws Exception {
        // 社会效益指标 row: 一级, 二级, 三级, target, actual and 偏差原因 are all text; which one wrapped cannot be told.
        TextShapes variant = TextShapes.seed004().wrapAfterRow(595, 3, 16);

        ImportResult result = importer.importBytes("004-ambiguous.txt", variant.bytes());

        assertThat(result.notes()).anySatisfy(n -> assertThat(n.reason()).contains("第596行“全面提升应急处置能力”").contains("未导入"));
        var social = result.report().selfEvaluation().sheets().get(0).indicators().get(8);
        assertThat(social.name()).isEqualTo("完善安保体系建设，改进工作模式，");
        assertThat(social.score().text()).isEqualTo("12");
        assertThat(FixtureComparisonTests.describeTables(result.report(), false))
                .isEqualTo(FixtureComparisonTests.describeTables(original.report(), false));
    }

    @Test
    void amountsPrintedWithWanYuanReadAsTheSameAmounts() throws Exception {
        TextShapes variant = TextShapes.seed004().amountsInWanYuan(85, 115, false).amountsInWanYuan(EXPENDITURE[0], EXPENDITURE[1], true)
                .amountsInWanYuan(GENERAL_BUDGET[0], GENERAL_BUDGET[1], false);

        ImportResult result = importer.importBytes("004-wanyuan.txt", variant.bytes());

        assertThat(amounts(result.report())).isEqualTo(amounts(original.report()));
        assertThat(ReportAssertions.text(result.report(), TableKind.EXPENDITURE, "total", "total")).isEqualTo("1474.07万元");
        assertThat(ReportAssertions.text(result.report(), TableKind.INCOME_EXPENDITURE_SUMMARY, "income.grand-total", "amount"))
                .isEqualTo("1,474.07万元");
        assertThat(reasons(result)).isEqualTo(reasons(original));
    }

    @Test
    void everyShapeAtOnceImportsTheSameValues() throws Exception {
        ImportResult result = importer.importBytes("004-shapes.txt", allShapes(TextShapes.seed004()).bytes());

        assertThat(amounts(result.report())).isEqualTo(amounts(original.report()));
        assertThat(FixtureComparisonTests.describeSheets(result.report(), false))
                .isEqualTo(FixtureComparisonTests.describeSheets(original.report(), false));
        assertThat(reasons(result)).isEqualTo(reasons(original));
    }

    /** 公开02/05表 and the 整体 自评表 one cell per line, 公开03表 wrapped and broken before its amounts, with 万元 amounts, 三级指标 wrapped. */
    static TextShapes allShapes(TextShapes seed) {
        return seed.cellPerLine(INCOME[0], INCOME[1]).cellPerLine(GENERAL_BUDGET[0], GENERAL_BUDGET[1])
                .cellPerLine(WHOLE_SHEET[0], WHOLE_SHEET[1]).amountsInWanYuan(EXPENDITURE[0], EXPENDITURE[1], true)
                .wrapInRow(167, 1, 12).wrapAfterRow(164, 1, 8).breakBefore(176, 2, false).wrapInRow(622, 3, 5);
    }

    private static void assertSameValues(ImportResult result) {
        Report report = result.report();
        ReportAssertions.hasSeed004Tables(report);
        ReportAssertions.hasSeed004Sheets(report);
        assertThat(FixtureComparisonTests.describeTables(report, false)).isEqualTo(FixtureComparisonTests.describeTables(original.report(), false));
        assertThat(FixtureComparisonTests.describeSheets(report, false)).isEqualTo(FixtureComparisonTests.describeSheets(original.report(), false));
    }

    private static List<String> reasons(ImportResult result) {
        return result.notes().stream().map(ImportNote::reason).toList();
    }

    /** Every table row with its cells as amounts in 万元 where they read as one, else as text. */
    private static List<String> amounts(Report report) {
        List<String> out = new ArrayList<>();
        for (StatementTable t : report.finalAccounts().tables()) {
            for (TableRow r : t.rows()) {
                Map<String, String> cells = new TreeMap<>();
                r.cells().forEach((k, v) -> cells.put(k, amount(v)));
                out.add(t.kind() + " " + r.key() + " " + r.name() + " " + cells);
            }
        }
        out.sort(null);
        return out;
    }

    private static String amount(Figure f) {
        return f.amount().map(a -> a.wanYuan().toPlainString()).orElse("“" + f.text() + "”");
    }
}
