package org.jixiao.server.checking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.checking.StandardRuleKinds;
import org.jixiao.codes.CodeLists;
import org.jixiao.report.json.ReportJson;
import org.jixiao.rules.Finding;
import org.jixiao.rules.Location;
import org.jixiao.rules.RuleEngine;
import org.jixiao.rules.RuleRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The findings of the 004 fixture (石峰区机关事务服务中心 2021) placed in its JSON: one test per kind of place
 * (statement table cell and row, 自评表 section weight, total, indicator cell, fund row, named disclosure and
 * profile figures, narrative sentence), each checking that the pointer leads to the value the finding states.
 */
class FindingPointersTests {

    static JsonNode tree;
    static List<Finding> findings;
    static FindingPointers pointers;

    @BeforeAll
    static void check004() throws Exception {
        String text = Files.readString(Path.of("../jixiao-core/src/test/resources/fixtures/004-shifeng-2021.json"));
        ReportJson json = new ReportJson();
        tree = json.parseTree(text);
        findings = new RuleEngine(RuleRegistry.bundled(), StandardRuleKinds.all(), CodeLists.bundled()).check(json.read(text)).findings();
        pointers = FindingPointers.of(tree);
    }

    static Finding finding(String rule, String describedAs) {
        return findings.stream().filter(f -> f.rule().equals(rule) && f.location().describe().startsWith(describedAs)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + rule + " at " + describedAs));
    }

    static String text(String pointer) {
        JsonNode node = tree.at(pointer);
        return node.isObject() ? node.path("text").asText() : node.asText();
    }

    @Test
    void theIndexOfTheFindingsAlonePlacesEveryFindingAsTheWholeIndexDoes() {
        FindingPointers alone = FindingPointers.of(tree, findings);

        assertThat(findings).hasSizeGreaterThan(20);
        for (Finding f : findings) {
            assertThat(alone.pointer(f.location())).as(f.rule() + " " + f.location().describe()).isEqualTo(pointers.pointer(f.location()));
        }
        assertThat(findings.stream().filter(f -> pointers.pointer(f.location()) != null).count()).isGreaterThan(findings.size() / 2);
    }

    @Test
    void aStatementTableCellMapsToItsCell() {
        String pointer = pointers.pointer(finding("TBL-03-002", "公开03表 合计 项目支出").location());
        assertThat(pointer).matches("/finalAccounts/tables/\\d+/rows/\\d+/cells/project");
        assertThat(tree.at(pointer.replaceAll("/rows.*", "")).path("number").asText()).isEqualTo("公开03表");
        assertThat(tree.at(pointer.replaceAll("/cells.*", "")).path("key").asText()).isEqualTo("total");

        Finding detail = finding("TBL-06-003", "公开06表 303 对个人和家庭的补助 决算数");
        String amount = pointers.pointer(detail.location());
        assertThat(amount).endsWith("/cells/amount");
        assertThat(tree.at(amount.replaceAll("/cells.*", "")).path("key").asText()).isEqualTo("303");
    }

    @Test
    void aRowFindingMapsToTheRow() {
        String pointer = pointers.pointer(finding("TBL-CODE-004", "公开05表 20103").location());
        assertThat(pointer).matches("/finalAccounts/tables/\\d+/rows/\\d+");
        assertThat(tree.at(pointer).path("key").asText()).isEqualTo("20103");
    }

    @Test
    void sheetWeightsTotalsAndIndicatorsMapToTheirFields() {
        assertThat(pointers.pointer(finding("SE-006", "整体支出绩效自评表 产出指标 分值").location()))
                .matches("/selfEvaluation/sheets/0/sectionWeights/\\d+/weight");
        Finding totalWeight = finding("SE-007", "整体支出绩效自评表 总分 分值");
        assertThat(pointers.pointer(totalWeight.location())).isEqualTo("/selfEvaluation/sheets/0/totalWeight");
        assertThat(text("/selfEvaluation/sheets/0/totalWeight")).isEqualTo("100");
        assertThat(pointers.pointer(finding("SE-008", "整体支出绩效自评表 总分 得分").location())).isEqualTo("/selfEvaluation/sheets/0/totalScore");

        Finding actual = finding("SE-014", "项目支出绩效自评表（公车平台经费） 公车平台“网上派单”次数 实际完成值");
        String pointer = pointers.pointer(actual.location());
        assertThat(pointer).matches("/selfEvaluation/sheets/\\d+/indicators/\\d+/actual");
        assertThat(tree.at(pointer.replace("/actual", "/name")).asText()).isEqualTo("公车平台“网上派单”次数");
        assertThat(tree.at(pointer.replaceAll("/indicators.*", "")).path("projectName").asText()).isEqualTo("公车平台经费");

        String score = pointers.pointer(finding("SE-012", "项目支出绩效自评表（公车平台经费） 公车平台司勤人员 得分").location());
        assertThat(score).endsWith("/score");
    }

    @Test
    void fundRowsMapByLabelAndColumn() {
        JsonNode sheet = tree.at("/selfEvaluation/sheets/0");
        String label = sheet.at("/funds/rows/0/label").asText(sheet.at("/funds/rows/0/key").asText());
        Location at = new Location("绩效自评", "整体支出绩效自评表", label, "全年执行数", null, null, null);
        assertThat(pointers.pointer(at)).isEqualTo("/selfEvaluation/sheets/0/funds/rows/0/executed");
        assertThat(pointers.pointer(new Location("绩效自评", "整体支出绩效自评表", "资金情况", "执行率", null, null, null)))
                .isEqualTo("/selfEvaluation/sheets/0/funds/executionRate");
    }

    @Test
    void namedFiguresMapToDisclosuresAndProfile() {
        Finding vehicles = finding("DSC-006", "车辆总数");
        assertThat(pointers.pointer(vehicles.location())).isEqualTo("/finalAccounts/disclosures/assets/vehiclesTotal");
        assertThat(pointers.pointer(finding("DSC-001", "政府采购支出总额").location())).isEqualTo("/finalAccounts/disclosures/procurement/total");
        assertThat(pointers.pointer(finding("UP-003", "在职人员").location())).isEqualTo("/unit/staffActive");
    }

    @Test
    void aNarrativeSentenceMapsToItsParagraph() {
        Finding f = finding("NAR-TBL-004", "支出决算情况说明 “项目支出1138.53万元");
        String pointer = pointers.pointer(f.location());
        assertThat(pointer).matches("/narrative/\\d+/paragraphs/\\d+/text");
        assertThat(tree.at(pointer).asText()).contains("项目支出1138.53万元");
    }

    @Test
    void everyTableAndSheetFindingOf004IsPlacedAndAnUnknownPlaceIsNot() {
        for (Finding f : findings) {
            if (f.location() != null && f.location().table() != null && f.location().row() != null) {
                String pointer = pointers.pointer(f.location());
                assertThat(pointer).as(f.rule() + " " + f.location().describe()).isNotNull();
                assertThat(tree.at(com.fasterxml.jackson.core.JsonPointer.compile(pointer).head()).isMissingNode()).isFalse();
            }
        }
        assertThat(pointers.pointer(Location.table("公开99表", "合计", "合计", null))).isNull();
        assertThat(pointers.pointer(null)).isNull();
    }

    @Test
    void afterRowsAreInsertedAFindingPointsAtItsRowWhereItIsNowAndBlankRowsTakeNothingAway() throws Exception {
        String text = Files.readString(Path.of("../jixiao-core/src/test/resources/fixtures/004-shifeng-2021.json"));
        ReportJson json = new ReportJson();
        var edited = (com.fasterxml.jackson.databind.node.ObjectNode) json.parseTree(text);
        // Two blank rows on top of 公开03表 and a blank indicator on top of the first 自评表, as the editor inserts them.
        var rows = (com.fasterxml.jackson.databind.node.ArrayNode) edited.at("/finalAccounts/tables/2/rows");
        for (int i = 0; i < 2; i++) rows.insert(0, json.parseTree("{\"key\":\"\",\"name\":\"\",\"cells\":{\"total\":\"\",\"basic\":\"\",\"project\":\"\"}}"));
        ((com.fasterxml.jackson.databind.node.ArrayNode) edited.at("/selfEvaluation/sheets/0/indicators"))
                .insert(0, json.parseTree("{\"level1\":\"\",\"name\":\"\"}"));
        List<Finding> after = new RuleEngine(RuleRegistry.bundled(), StandardRuleKinds.all(), CodeLists.bundled()).check(json.read(edited.toString()))
                .findings();
        FindingPointers moved = FindingPointers.of(edited);

        Finding total = after.stream().filter(f -> f.rule().equals("TBL-03-002") && f.location().describe().startsWith("公开03表 合计 项目支出"))
                .findFirst().orElseThrow();
        String before = pointers.pointer(finding("TBL-03-002", "公开03表 合计 项目支出").location());
        assertThat(moved.pointer(total.location())).isEqualTo(before.replace("/rows/0/", "/rows/2/"));
        assertThat(edited.at(moved.pointer(total.location()).replace("/cells/project", "/key")).asText()).isEqualTo("total");

        // A location naming the whole table or sheet still names it: a blank row's label is not the table's or sheet's own.
        assertThat(moved.pointer(Location.table("公开03表", null, null, null))).isEqualTo("/finalAccounts/tables/2");
        assertThat(moved.pointer(Location.table("公开03表", "", "本年支出合计", null))).isNull();
        assertThat(moved.pointer(Location.table("整体支出绩效自评表", null, null, null))).isEqualTo("/selfEvaluation/sheets/0");
        assertThat(moved.pointer(Location.table("整体支出绩效自评表", "", "得分", null))).isNull();

        // Every finding of 004 on a table, sheet or indicator that had a place still has one, shifted where its rows moved.
        for (Finding f : findings) {
            String was = pointers.pointer(f.location());
            if (was == null || !(was.startsWith("/finalAccounts/tables/2/") || was.startsWith("/selfEvaluation/sheets/0/"))) continue;
            Finding same = after.stream().filter(g -> g.rule().equals(f.rule()) && g.location().equals(f.location())).findFirst().orElse(null);
            if (same == null) continue;
            String now = moved.pointer(same.location());
            assertThat(now).as(f.location().describe()).isNotNull();
            if (List.of("/finalAccounts/tables/2", "/selfEvaluation/sheets/0", "/selfEvaluation/sheets/0/indicators").contains(was)) {
                assertThat(now).isEqualTo(was); // the table or sheet itself, which now has the new rows
            } else {
                assertThat(edited.at(now)).as(f.location().describe()).isEqualTo(tree.at(was));
                boolean shifted = was.startsWith("/selfEvaluation/sheets/0/indicators/") || was.startsWith("/finalAccounts/tables/2/rows/");
                if (shifted) assertThat(now).as(f.location().describe()).isNotEqualTo(was);
            }
        }
    }
}
