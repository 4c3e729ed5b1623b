package org.jixiao.rendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.checking.StandardRuleKinds;
import org.jixiao.importing.DocumentImporter;
import org.jixiao.report.domain.BaseDataRow;
import org.jixiao.report.domain.BaseDataSheet;
import org.jixiao.report.domain.Report;
import org.jixiao.report.domain.SheetKind;
import org.jixiao.report.domain.StatementTable;
import org.jixiao.report.domain.TableRow;
import org.jixiao.rules.Finding;
import org.jixiao.rules.Severity;
import org.jixiao.shared.Figure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The fixture with every part filled (full-2024.json) in all four formats: it is consistent, every part is
 * there, the 基础数据表 comes back from DOCX and XLSX value for value, its XLSX rates and totals are live formulas,
 * and the PDF holds every amount of the nine tables as text on pages that are not blank.
 */
class FullFixtureTests {

    private static Report report;
    private static final Map<RenderFormat, byte[]> rendered = new java.util.EnumMap<>(RenderFormat.class);

    @BeforeAll
    static void render() throws Exception {
        report = Fixtures.load(Fixtures.FULL);
        Files.createDirectories(PdfRenderingTests.OUT);
        for (RenderFormat f : RenderFormat.values()) {
            if (f == RenderFormat.PDF && !fontPresent()) continue;
            byte[] bytes = new OfficialDocuments().render(report, f);
            rendered.put(f, bytes);
            Files.write(PdfRenderingTests.OUT.resolve("full-2024." + f.extension()), bytes);
        }
    }

    @Test
    void fixtureIsConsistentAndComplete() {
        List<Finding> findings = StandardRuleKinds.engine().check(report).findings();
        assertThat(findings).filteredOn(f -> f.severity() != Severity.INFO).as("findings of severity ≥ WARNING").isEmpty();
        var tables = report.finalAccounts().tables();
        assertThat(tables).hasSize(9);
        for (StatementTable t : tables) assertThat(TableLayouts.isEmpty(t)).as("%s has amounts", t.kind()).isFalse();
        var sheets = report.selfEvaluation().sheets();
        assertThat(sheets).filteredOn(s -> s.kind() == SheetKind.WHOLE).hasSize(1);
        assertThat(sheets).filteredOn(s -> s.kind() == SheetKind.PROJECT).hasSizeGreaterThanOrEqualTo(2);
        BaseDataSheet base = report.selfEvaluation().baseData();
        assertThat(base.buildingApprovedScale()).isNotNull();
        assertThat(base.rows()).extracting(BaseDataRow::key).contains("project", "project.运行维护经费", "office", "basic-adjustment");
        assertThat(report.narrative()).extracting(s -> s.part()).contains("profile", "final-accounts", "glossary", "evaluation");
    }

    @ParameterizedTest
    @EnumSource(value = RenderFormat.class, names = {"DOCX", "XLSX"})
    void roundTripGivesBackTablesAndBaseDataWithoutError(RenderFormat format) throws Exception {
        Report back = new DocumentImporter().importBytes("full." + format.extension(), rendered.get(format)).report();
        assertThat(RoundTrips.tableDifferences(report, back)).isEmpty();
        assertThat(baseDataDifferences(report.selfEvaluation().baseData(), back.selfEvaluation().baseData())).isEmpty();
        assertThat(StandardRuleKinds.engine().check(back).findings()).filteredOn(f -> f.severity() == Severity.ERROR)
                .as("ERROR findings on the imported %s", format).isEmpty();
    }

    @Test
    void baseDataIsInBothDocumentsAndHtml() {
        String html = new String(rendered.get(RenderFormat.HTML), StandardCharsets.UTF_8);
        assertThat(html).contains(BaseDataLayout.title(2024)).contains("财政供养人员情况").contains("楼堂馆所控制情况")
                .contains("95.83%").contains("287.40").contains("运行维护经费").contains(report.selfEvaluation().baseData().savingMeasures());
        // The 绩效评价报告 on its own (a report without 部门决算) carries it too.
        Report evaluationOnly = new Report(report.formatVersion(), report.header(), report.source(), report.unit(), null,
                report.selfEvaluation(), report.narrative());
        String alone = new String(new OfficialDocuments().render(evaluationOnly, RenderFormat.HTML), StandardCharsets.UTF_8);
        assertThat(alone).contains(BaseDataLayout.title(2024)).contains("287.40").doesNotContain("收入支出决算总表");
    }

    @Test
    void baseDataSheetHasLiveRatesAndTotals() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(rendered.get(RenderFormat.XLSX)))) {
            Sheet sheet = wb.getSheet("基础数据表");
            assertThat(sheet).isNotNull();
            List<String> formulas = new ArrayList<>();
            var evaluator = wb.getCreationHelper().createFormulaEvaluator();
            DataFormatter shown = new DataFormatter();
            shown.setUseCachedValuesForFormulaCells(true);
            for (Row row : sheet) {
                for (var c : row) {
                    if (c.getCellType() != CellType.FORMULA) continue;
                    formulas.add(c.getCellFormula());
                    double cached = c.getNumericCellValue();
                    assertThat(evaluator.evaluate(c).getNumberValue()).as("%s", c.getAddress()).isCloseTo(cached, org.assertj.core.data.Offset.offset(0.00005));
                }
            }
            // 控制率 15 ÷ 20, 规模控制率 1150 ÷ 1200, 投资概算控制率 287.40 ÷ 300.00; 三公经费 and 项目支出 per column.
            assertThat(formulas).filteredOn(f -> f.startsWith("IF(")).hasSize(3);
            assertThat(formulas).filteredOn(f -> f.startsWith("SUM(")).hasSize(6);
            Row three = find(sheet, "三公经费");
            assertThat(three.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(shown.formatCellValue(three.getCell(3))).isEqualTo("21.84");
            Row building = sheet.getRow(find(sheet, "楼堂馆所控制情况").getRowNum() + 1);
            assertThat(shown.formatCellValue(building.getCell(3))).isEqualTo("95.83%");
            assertThat(building.getCell(3).getCellFormula()).isEqualTo("IF(B" + (building.getRowNum() + 1) + "=0,0,C" + (building.getRowNum() + 1) + "/B" + (building.getRowNum() + 1) + ")");
        }
    }

    @Test
    void pdfTextHasEveryAmountOfTheNineTablesAndTheBaseData() throws Exception {
        assumeTrue(rendered.containsKey(RenderFormat.PDF), "no Chinese TrueType font installed");
        String text;
        try (PDDocument doc = Loader.loadPDF(rendered.get(RenderFormat.PDF))) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) assertThat(page.getResources().getFont(name).isEmbedded()).isTrue();
            }
        }
        int amounts = 0;
        for (StatementTable t : report.finalAccounts().tables()) {
            for (TableRow r : t.rows()) {
                for (Figure f : r.cells().values()) {
                    Optional<BigDecimal> v = Numbers.amountOf(f).filter(x -> x.signum() != 0);
                    if (v.isEmpty()) continue;
                    amounts++;
                    assertThat(text).as("%s %s", t.label(), r.key()).contains(Numbers.amount(v.get()));
                }
            }
        }
        assertThat(amounts).isGreaterThan(150);
        assertThat(text).contains("政府性基金预算财政拨款收入支出决算表").contains("2120899").contains("22301")
                .contains(BaseDataLayout.title(2024)).contains("部门基本支出预算调整").contains("7.52");
    }

    @Test
    void everyPdfPageRenderedByPdftoppmIsNotBlank() throws Exception {
        assumeTrue(rendered.containsKey(RenderFormat.PDF), "no Chinese TrueType font installed");
        assumeTrue(PdfRenderingTests.onPath("pdftoppm"), "pdftoppm (poppler-utils) is not installed");
        Path dir = Files.createDirectories(PdfRenderingTests.OUT.resolve("full-pages"));
        try (var old = Files.list(dir)) {
            for (Path p : old.toList()) Files.delete(p);
        }
        PdfRenderingTests.run("pdftoppm", "-png", "-r", "30", PdfRenderingTests.OUT.resolve("full-2024.pdf").toString(), dir.resolve("p").toString());
        List<Path> pages;
        try (var list = Files.list(dir)) {
            pages = list.sorted().toList();
        }
        int count;
        try (PDDocument doc = Loader.loadPDF(rendered.get(RenderFormat.PDF))) {
            count = doc.getNumberOfPages();
        }
        assertThat(pages).hasSize(count);
        for (Path png : pages) assertThat(darkPixels(ImageIO.read(png.toFile()))).as("dark pixels on %s", png.getFileName()).isGreaterThan(40);
    }

    static int darkPixels(BufferedImage image) {
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3 < 96) dark++;
            }
        }
        return dark;
    }

    /** Staff, every 经费控制 row by key and column, 楼堂馆所 and the measures text (blank and absent alike). */
    static List<String> baseDataDifferences(BaseDataSheet want, BaseDataSheet got) {
        List<String> out = new ArrayList<>();
        if (got == null) return List.of("基础数据表 missing");
        same(out, "编制数", want.establishment(), got.establishment());
        same(out, "在职", want.activeStaff(), got.activeStaff());
        same(out, "控制率", want.controlRate(), got.controlRate());
        same(out, "批复规模", want.buildingApprovedScale(), got.buildingApprovedScale());
        same(out, "实际规模", want.buildingActualScale(), got.buildingActualScale());
        same(out, "规模控制率", want.buildingScaleControlRate(), got.buildingScaleControlRate());
        same(out, "预算投资", want.buildingBudgetInvestment(), got.buildingBudgetInvestment());
        same(out, "实际投资", want.buildingActualInvestment(), got.buildingActualInvestment());
        same(out, "投资概算控制率", want.buildingInvestmentControlRate(), got.buildingInvestmentControlRate());
        if (!java.util.Objects.equals(want.savingMeasures(), got.savingMeasures())) out.add("厉行节约: " + got.savingMeasures());
        assertThat(got.rows()).extracting(BaseDataRow::key).as("row keys").containsExactlyElementsOf(want.rows().stream().map(BaseDataRow::key).toList());
        for (BaseDataRow r : want.rows()) {
            BaseDataRow o = got.row(r.key()).orElseThrow();
            same(out, r.key() + " 上年决算", r.priorActual(), o.priorActual());
            same(out, r.key() + " 本年预算", r.currentBudget(), o.currentBudget());
            same(out, r.key() + " 本年决算", r.currentActual(), o.currentActual());
        }
        return out;
    }

    private static void same(List<String> out, String what, Figure want, Figure got) {
        Optional<BigDecimal> w = value(want), g = value(got);
        if (!w.equals(g) && !(w.isPresent() && g.isPresent() && w.get().compareTo(g.get()) == 0)) out.add(what + ": " + want + " → " + got);
    }

    private static Optional<BigDecimal> value(Figure f) {
        if (f == null || f.isBlank()) return Optional.empty();
        return f.number().map(n -> n.value());
    }

    private static Row find(Sheet sheet, String label) {
        for (Row row : sheet) if (row.getCell(0) != null && label.equals(row.getCell(0).toString())) return row;
        throw new AssertionError("no row " + label);
    }

    private static boolean fontPresent() {
        try {
            CjkFont.locate();
            return true;
        } catch (RenderingException e) {
            if (Boolean.getBoolean("jixiao.test.requireCjkFont")) throw e;
            return false;
        }
    }
}
