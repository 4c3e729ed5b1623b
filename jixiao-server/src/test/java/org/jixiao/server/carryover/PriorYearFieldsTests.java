package org.jixiao.server.carryover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.report.domain.Report;
import org.jixiao.report.domain.TableKind;
import org.jixiao.report.json.ReportJson;
import org.jixiao.server.carryover.PriorYearField.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * This year's prior-year fields from last year's figures, on jixiao-render's full fixture (full-2024.json, every part
 * filled) as last year's report. The expected values were read off the fixture file by hand.
 */
class PriorYearFieldsTests {

    static final ReportJson JSON = new ReportJson();
    JsonNode last;
    ObjectNode current;

    @BeforeEach
    void read() throws Exception {
        String text = Files.readString(Path.of("../jixiao-render/src/test/resources/fixtures/full-2024.json"));
        last = JSON.parseTree(text);
        // This year: the same report one year on, with none of its own prior-year figures yet.
        current = (ObjectNode) JSON.parseTree(text.replace("\"fiscalYear\" : 2024", "\"fiscalYear\" : 2025"));
        ((ObjectNode) current.at("/finalAccounts/disclosures/operatingFunds")).remove("priorYear");
        for (JsonNode row : current.at("/selfEvaluation/baseData/rows")) ((ObjectNode) row).remove("priorActual");
    }

    @Test
    void eachPriorYearFieldTakesLastYearsFigureOfTheSameRow() {
        List<PriorYearField> fields = PriorYearFields.between(last, current, 2024);

        // 公开01表: the 16 rows with an amount (blank amounts such as 上级补助收入 are not carried); 公开05表: all 15 rows'
        // 小计; 公开07表: 合计, 公务用车购置及运行费, 公务用车运行费, 公务接待费 (因公出国 and 购置费 are blank); 机关运行经费;
        // the 15 rows of the 基础数据表.
        assertThat(fields).hasSize(16 + 15 + 4 + 1 + 15).allMatch(f -> f.status() == Status.FILL);
        assertThat(fields).extracting(PriorYearField::pointer, PriorYearField::value).contains(
                tuple("/finalAccounts/tables/0/rows/43/cells/prior", "975.96"),     // 总计（收入）
                tuple("/finalAccounts/tables/0/rows/8/cells/prior", "627.32"),      // 201 一般公共服务支出
                tuple("/finalAccounts/tables/4/rows/0/cells/prior", "748.41"),      // 公开05表 合计 小计
                tuple("/finalAccounts/tables/6/rows/0/cells/prior", "21.84"),       // 公开07表 合计 决算数
                tuple("/finalAccounts/tables/6/rows/5/cells/prior", "5.81"),        // 公务接待费
                tuple("/finalAccounts/disclosures/operatingFunds/priorYear", "199.41"),
                tuple("/selfEvaluation/baseData/rows/0/priorActual", "21.84"),      // 三公经费 本年决算
                tuple("/selfEvaluation/baseData/rows/1/priorActual", "0.00"));      // 公车购置: 0.00 is stated, not blank
        assertThat(fields).extracting(PriorYearField::pointer)
                .doesNotContain("/finalAccounts/tables/6/rows/1/cells/prior", "/finalAccounts/tables/0/rows/3/cells/prior");
        PriorYearField grandTotal = fields.stream().filter(f -> f.pointer().equals("/finalAccounts/tables/0/rows/43/cells/prior")).findFirst().orElseThrow();
        assertThat(grandTotal.label()).isEqualTo("公开01表 收入支出决算总表 · 总计（收入） · 上年决算数");
        assertThat(grandTotal.from()).isEqualTo("2024年度 公开01表 收入支出决算总表 · 总计（收入） · 决算数");
        assertThat(grandTotal.current()).isNull();
        assertThat(grandTotal.statusLabel()).isEqualTo("将带入");
    }

    @Test
    void aValueThisYearIsNeverReplacedOnlyComparedAndAMissingRowIsNamed() {
        cell(0, 43, "900.00");      // typed, differs from last year's 975.96
        cell(4, 0, "748.410");      // the same amount as 748.41
        cell(6, 0, "");             // blank: empty, to be filled
        ((com.fasterxml.jackson.databind.node.ArrayNode) current.at("/finalAccounts/tables/6/rows")).remove(5); // no 公务接待费 row

        List<PriorYearField> fields = PriorYearFields.between(last, current, 2024);
        assertThat(field(fields, "/finalAccounts/tables/0/rows/43/cells/prior"))
                .extracting(PriorYearField::status, PriorYearField::current, PriorYearField::value).containsExactly(Status.DIFFERENT, "900.00", "975.96");
        assertThat(field(fields, "/finalAccounts/tables/4/rows/0/cells/prior").status()).isEqualTo(Status.SAME);
        assertThat(field(fields, "/finalAccounts/tables/6/rows/0/cells/prior").status()).isEqualTo(Status.FILL);
        PriorYearField reception = fields.stream().filter(f -> f.label().contains("公务接待费")).findFirst().orElseThrow();
        assertThat(reception.pointer()).isNull();
        assertThat(reception.status()).isEqualTo(Status.NO_PLACE);
        assertThat(reception.value()).isEqualTo("5.81");

        int filled = PriorYearFields.fill(current, fields);
        assertThat(filled).isEqualTo(fields.stream().filter(f -> f.status() == Status.FILL).count());
        assertThat(current.at("/finalAccounts/tables/0/rows/43/cells/prior").asText()).isEqualTo("900.00");
        assertThat(current.at("/finalAccounts/tables/4/rows/0/cells/prior").asText()).isEqualTo("748.410");
        assertThat(current.at("/finalAccounts/tables/6/rows/0/cells/prior").asText()).isEqualTo("21.84");
        // Filled once, nothing is left to fill.
        assertThat(PriorYearFields.between(last, current, 2024)).noneMatch(f -> f.status() == Status.FILL);
    }

    @Test
    void anEmptyReportGetsThePlacesAndLastYearsFiguresInThem() {
        ObjectNode empty = (ObjectNode) JSON.parseTree("""
                {"formatVersion": "1.0", "header": {"unitName": "青岚市东城区委员会办公室", "fiscalYear": 2025,
                 "documents": ["FINAL_ACCOUNTS", "SELF_EVALUATION"]}}""");
        PriorYearFields.addPlaces(empty, last);
        int filled = PriorYearFields.fill(empty, PriorYearFields.between(last, empty, 2024));
        assertThat(filled).isEqualTo(51);

        Report report = JSON.read(empty.toString());
        assertThat(report.finalAccounts().tables()).extracting(t -> t.kind())
                .containsExactly(TableKind.INCOME_EXPENDITURE_SUMMARY, TableKind.GENERAL_BUDGET_EXPENDITURE, TableKind.THREE_PUBLIC_COSTS);
        var summary = report.finalAccounts().table(TableKind.INCOME_EXPENDITURE_SUMMARY).orElseThrow();
        assertThat(summary.rows()).hasSize(45);
        assertThat(summary.number()).isNull(); // the renderer numbers it for this year's layout
        assertThat(summary.row("income.grand-total").orElseThrow().cells()).containsOnlyKeys("prior");
        assertThat(summary.row("income.grand-total").orElseThrow().cells().get("prior").text()).isEqualTo("975.96");
        assertThat(summary.row("income.superior-subsidy").orElseThrow().cells().get("prior").text()).isEmpty(); // blank last year
        assertThat(report.finalAccounts().table(TableKind.THREE_PUBLIC_COSTS).orElseThrow().row("vehicle-running").orElseThrow()
                .cells().get("prior").text()).isEqualTo("16.03");
        assertThat(report.finalAccounts().disclosures().operatingFunds().priorYear().text()).isEqualTo("199.41");
        assertThat(report.finalAccounts().disclosures().operatingFunds().amount()).isNull();
        var base = report.selfEvaluation().baseData().rows();
        assertThat(base).hasSize(15);
        assertThat(base.get(5).key()).isEqualTo("project");
        assertThat(base.get(5).priorActual().text()).isEqualTo("397.26");
        assertThat(base.get(5).currentActual()).isNull();
    }

    @Test
    void amountsCompareAsAmountsAndOtherTextsAsWritten() {
        assertThat(PriorYearFields.same("1,474.07", "1474.070")).isTrue();
        assertThat(PriorYearFields.same("1474.07", "1474.08")).isFalse();
        assertThat(PriorYearFields.same("舒适整洁", " 舒适整洁")).isTrue();
    }

    private void cell(int table, int row, String value) {
        ((ObjectNode) current.at("/finalAccounts/tables/" + table + "/rows/" + row + "/cells")).put("prior", value);
    }

    private static PriorYearField field(List<PriorYearField> fields, String pointer) {
        return fields.stream().filter(f -> pointer.equals(f.pointer())).findFirst().orElseThrow();
    }
}
