package org.jixiao.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The workbook of seed 004: one sheet per table and 自评表, live formulas whose cached values are the stated figures. */
class XlsxFormulaTests {

    private static byte[] xlsx;

    @BeforeAll
    static void render() throws Exception {
        xlsx = new OfficialDocuments().render(Fixtures.load(Fixtures.SHIFENG), RenderFormat.XLSX);
    }

    @Test
    void hasOneSheetPerTableAndPerSelfEvaluationSheet() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("公开01表", "公开02表", "公开03表", "公开04表", "公开05表", "公开06表", "公开07表", "公开08表",
                    "公开09表", "整体自评表", "项目自评表1", "项目自评表2", "项目自评表3", "项目自评表4");
        }
    }

    @Test
    void everyFormulaRecalculatesToItsCachedStatedValue() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            int formulas = 0;
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() != CellType.FORMULA) continue;
                        formulas++;
                        double cached = cell.getNumericCellValue();
                        double live = evaluator.evaluate(cell).getNumberValue();
                        assertThat(live).as("%s!%s %s", sheet.getSheetName(), cell.getAddress(), cell.getCellFormula()).isCloseTo(cached, org.assertj.core.data.Offset.offset(0.0000001));
                    }
                }
            }
            assertThat(formulas).isGreaterThan(40);
        }
    }

    @Test
    void totalsRatesAndScoresAreFormulas() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> whole = formulas(wb.getSheet("整体自评表"));
            assertThat(whole).anyMatch(f -> f.startsWith("IF(") && f.contains("/"))   // 执行率 = 执行数 ÷ 预算数
                    .anyMatch(f -> f.matches("[A-Z]+\\d+\\*[A-Z]+\\d+"));                 // 得分 = 分值 × 执行率
            // 总分 = Σ 得分 where the stated scores add up (seed 004's 整体 sheet states 92 for scores adding to 97).
            List<String> all = new ArrayList<>();
            for (int i = 1; i <= 4; i++) all.addAll(formulas(wb.getSheet("项目自评表" + i)));
            assertThat(all).anyMatch(f -> f.startsWith("SUM("));
            assertThat(whole).noneMatch(f -> f.startsWith("SUM("));
            assertThat(formulas(wb.getSheet("公开02表"))).anyMatch(f -> f.startsWith("SUM("));
            assertThat(formulas(wb.getSheet("公开07表"))).hasSize(4);                      // 小计 and 合计, budget and actual
            assertThat(new DataFormatter().formatCellValue(wb.getSheet("公开02表").getRow(5).getCell(2))).isEqualTo("1,474.07");
        }
    }

    @Test
    void statedTotalThatDiffersFromItsPartsIsPrintedAsStatedWithoutFormula() throws Exception {
        // Seed 004's 公开03表 合计 项目支出 states 1,138.54 while its 类 add up to 1,138.53.
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Cell projectTotal = wb.getSheet("公开03表").getRow(5).getCell(4);
            assertThat(projectTotal.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(new DataFormatter().formatCellValue(projectTotal)).isEqualTo("1,138.54");
        }
    }

    private static List<String> formulas(Sheet sheet) {
        List<String> out = new ArrayList<>();
        for (Row row : sheet) for (Cell c : row) if (c.getCellType() == CellType.FORMULA) out.add(c.getCellFormula());
        return out;
    }
}
