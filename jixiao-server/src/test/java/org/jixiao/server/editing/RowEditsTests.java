package org.jixiao.server.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.report.json.ReportJson;
import org.jixiao.server.problems.Invalid;
import org.junit.jupiter.api.Test;

/**
 * Row edits ({@code insertRow}, {@code removeRow}) on the 004 fixture (public tables, 自评表s) and the rendering
 * fixture full-2024 (a 基础数据表 with 项目支出 items): which arrays grow and shrink, the shape of a new row, the
 * checks of new and re-coded rows, and that what is saved reads back.
 */
class RowEditsTests {

    static final String T05 = "/finalAccounts/tables/4/rows"; // 公开05表: total, 201, 20103, 2010301, 2010302, …
    static final String INDICATORS = "/selfEvaluation/sheets/0/indicators";
    static final String BASE = "/selfEvaluation/baseData/rows"; // full-2024: … 5 project, 6–8 project.*, 9 public …

    static ObjectNode fixture004() throws Exception {
        return (ObjectNode) new ObjectMapper().readTree(Files.readString(Path.of("../jixiao-core/src/test/resources/fixtures/004-shifeng-2021.json")));
    }

    static ObjectNode full2024() throws Exception {
        return (ObjectNode) new ObjectMapper().readTree(Files.readString(Path.of("../jixiao-render/src/test/resources/fixtures/full-2024.json")));
    }

    static CellEdit set(String pointer, String value) {
        return new CellEdit(pointer, value);
    }

    @Test
    void anInsertedCodeRowIsBlankWithTheColumnsOfItsTableAndTheRowsBelowMoveDown() throws Exception {
        var tree = fixture004();
        int before = tree.at(T05).size();

        var changes = CellEdits.apply(tree, List.of(CellEdit.insertRow(T05 + "/3")));

        assertThat(tree.at(T05).size()).isEqualTo(before + 1);
        assertThat(tree.at(T05 + "/3").toString()).isEqualTo("{\"key\":\"\",\"name\":\"\",\"cells\":{\"total\":\"\",\"basic\":\"\",\"project\":\"\"}}");
        assertThat(tree.at(T05 + "/4/key").asText()).isEqualTo("2010301");
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.action()).isEqualTo("INSERT_ROW");
            assertThat(c.pointer()).isEqualTo(T05 + "/3");
            assertThat(c.before()).isNull();
            assertThat(c.after()).isEqualTo(tree.at(T05 + "/3").toString());
            assertThat(c.place()).isEqualTo("插入行：公开05表第4行");
        });
        // Blank, the new row is still a readable report (a preview while the user fills it in).
        assertThat(new ReportJson().read(tree.toString()).finalAccounts().tables().get(4).rows()).hasSize(before + 1);
    }

    @Test
    void aNewRowFilledInIsSavedAndReadsBack() throws Exception {
        var tree = fixture004();

        CellEdits.apply(tree, List.of(CellEdit.insertRow(T05 + "/5"), set(T05 + "/5/key", "2010303"), set(T05 + "/5/name", "机关服务"),
                set(T05 + "/5/cells/total", "12.00"), set(T05 + "/5/cells/project", "12.00")), true);

        ReportJson json = new ReportJson();
        var table = json.read(json.write(json.read(tree.toString()))).finalAccounts().tables().get(4);
        var row = table.rows().get(5);
        assertThat(row.key()).isEqualTo("2010303");
        assertThat(row.name()).isEqualTo("机关服务");
        assertThat(row.cells().get("total").text()).isEqualTo("12.00");
        assertThat(row.cells().get("basic").text()).isEmpty();
    }

    @Test
    void rowsCanBeAddedAtTheEndAndToATableThatHasNone() throws Exception {
        var tree = fixture004();
        int size = tree.at(T05).size();
        ((ObjectNode) tree.at("/finalAccounts/tables/8")).remove("rows"); // 公开09表 published empty: no rows at all

        CellEdits.apply(tree, List.of(CellEdit.insertRow(T05 + "/" + size), CellEdit.insertRow("/finalAccounts/tables/8/rows/0")));

        assertThat(tree.at(T05 + "/" + size + "/key").asText()).isEmpty();
        assertThat(tree.at("/finalAccounts/tables/8/rows").size()).isEqualTo(1);
        assertThat(tree.at("/finalAccounts/tables/8/rows/0/cells").fieldNames()).toIterable().containsExactly("total", "basic", "project");
    }

    @Test
    void editsApplyInOrderEachToTheRowsAsTheEditsBeforeItLeftThem() throws Exception {
        var tree = fixture004();

        // Insert at 3, then remove 4 (the 2010301 row that the insert moved down), then insert at 0.
        CellEdits.apply(tree, List.of(CellEdit.insertRow(T05 + "/3"), CellEdit.removeRow(T05 + "/4"), CellEdit.insertRow(T05 + "/0"),
                set(T05 + "/0/key", "201")));

        assertThat(tree.at(T05).findValuesAsText("key")).startsWith("201", "total", "201", "20103", "", "2010302").doesNotContain("2010301");
    }

    @Test
    void aCodeRowIsRemovedWithItsContentInTheChangeButTheFixedRowsStay() throws Exception {
        var tree = fixture004();
        String removed = tree.at(T05 + "/3").toString();

        var changes = CellEdits.apply(tree, List.of(CellEdit.removeRow(T05 + "/3")));

        assertThat(tree.at(T05).findValuesAsText("key")).doesNotContain("2010301");
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.action()).isEqualTo("REMOVE_ROW");
            assertThat(c.before()).isEqualTo(removed).contains("2010301", "行政运行");
            assertThat(c.after()).isNull();
            assertThat(c.place()).isEqualTo("删除行：公开05表第4行（2010301 行政运行）");
        });
        assertThatThrownBy(() -> CellEdits.apply(fixture004(), List.of(CellEdit.removeRow(T05 + "/0"))))
                .isInstanceOf(Invalid.class).hasMessage("公开05表第1行（合计）是表格的固定行，不能删除；不需要的数值请清空。");
    }

    @Test
    void onlyRowListsGrowOrShrink() throws Exception {
        assertThatThrownBy(() -> CellEdits.apply(fixture004(), List.of(CellEdit.insertRow("/finalAccounts/tables/6/rows/1"))))
                .isInstanceOf(Invalid.class).hasMessageContaining("公开07表的行是固定的").hasMessageContaining("只有公开表的科目行");
        assertThatThrownBy(() -> CellEdits.apply(fixture004(), List.of(CellEdit.removeRow("/finalAccounts/tables/6/rows/1"))))
                .isInstanceOf(Invalid.class).hasMessageContaining("不能在 /finalAccounts/tables/6/rows/1 删除行");
        assertThatThrownBy(() -> CellEdits.apply(fixture004(), List.of(CellEdit.insertRow("/unit/duties/0"))))
                .isInstanceOf(Invalid.class).hasMessageContaining("不能在 /unit/duties/0 插入行");
        assertThatThrownBy(() -> CellEdits.apply(fixture004(), List.of(CellEdit.insertRow("/finalAccounts/tables/2"))))
                .isInstanceOf(Invalid.class).hasMessageContaining("不能在 /finalAccounts/tables/2 插入行");
        assertThatThrownBy(() -> CellEdits.apply(fixture004(), List.of(CellEdit.removeRow("/selfEvaluation/sheets/0/sectionWeights/0"))))
                .isInstanceOf(Invalid.class).hasMessageContaining("删除行");
        assertThatThrownBy(() -> CellEdits.apply(fixture004(), List.of(CellEdit.insertRow("/finalAccounts/tables/9/rows/0"))))
                .isInstanceOf(Invalid.class).hasMessage("报告中没有位置 /finalAccounts/tables/9/rows/0，请刷新页面后再修改。");
    }

    @Test
    void aRowPointerMustNameARowThatIsThereOrAPlaceInTheList() throws Exception {
        int size = fixture004().at(T05).size();
        assertThatThrownBy(() -> CellEdits.apply(fixture004(), List.of(CellEdit.insertRow(T05 + "/" + (size + 1)))))
                .isInstanceOf(Invalid.class).hasMessageContaining("公开05表现有 " + size + " 行，新行的位置应为 0 至 " + size);
        assertThatThrownBy(() -> CellEdits.apply(fixture004(), List.of(CellEdit.insertRow(T05 + "/-"))))
                .isInstanceOf(Invalid.class).hasMessageContaining("新行的位置应为");
        assertThatThrownBy(() -> CellEdits.apply(fixture004(), List.of(CellEdit.removeRow(T05 + "/" + size))))
                .isInstanceOf(Invalid.class).hasMessageContaining("报告中没有行 " + T05 + "/" + size);
        assertThatThrownBy(() -> CellEdits.apply(fixture004(), List.of(CellEdit.removeRow(T05 + "/3/cells/total"))))
                .isInstanceOf(Invalid.class).hasMessage(T05 + "/3/cells/total 是行中的一格，不是一行：删除行时请指向行本身，如 " + T05 + "/3。");
        assertThatThrownBy(() -> CellEdits.apply(fixture004(), List.of(new CellEdit(T05 + "/3", "x", "insertRow"))))
                .isInstanceOf(Invalid.class).hasMessageContaining("插入或删除行时不带取值");
        assertThatThrownBy(() -> CellEdits.apply(fixture004(), List.of(new CellEdit(T05 + "/3", null, "moveRow"))))
                .isInstanceOf(Invalid.class).hasMessageContaining("未知的修改类型“moveRow”");
    }

    @Test
    void aSavedCodeMustBeACodeWhileAPreviewTakesOneHalfTyped() throws Exception {
        assertThatThrownBy(() -> CellEdits.apply(fixture004(), List.of(CellEdit.insertRow(T05 + "/3"), set(T05 + "/3/key", "20103a")), true))
                .isInstanceOf(Invalid.class)
                .hasMessage("公开05表第4行的科目编码“20103a”不对：科目编码是 3 位（类）、5 位（款）或 7 位（项）数字，如 2010301。");
        assertThatThrownBy(() -> CellEdits.apply(fixture004(), List.of(set(T05 + "/2/key", "2010")), true))
                .isInstanceOf(Invalid.class).hasMessageContaining("公开05表第3行的科目编码“2010”不对");
        var typing = fixture004();
        CellEdits.apply(typing, List.of(CellEdit.insertRow(T05 + "/3"), set(T05 + "/3/key", "201")), false);
        assertThat(typing.at(T05 + "/3/key").asText()).isEqualTo("201");

        var preview = CellEdits.apply(fixture004(), List.of(CellEdit.insertRow(T05 + "/3"), set(T05 + "/3/cells/total", "5.00")), false);
        assertThat(preview).hasSize(2);
        assertThatThrownBy(() -> CellEdits.apply(fixture004(), List.of(CellEdit.insertRow(T05 + "/3"), set(T05 + "/3/cells/total", "5.00")), true))
                .isInstanceOf(Invalid.class).hasMessage("公开05表第4行还没有填写科目编码，不能保存：请填写编码（如 2010301）或删除该行。");
    }

    @Test
    void aNewIndicatorTakesTheLevelsOfTheRowAboveAndNeedsANameToBeSaved() throws Exception {
        var tree = fixture004();

        CellEdits.apply(tree, List.of(CellEdit.insertRow(INDICATORS + "/3"), CellEdit.insertRow(INDICATORS + "/0")));

        assertThat(tree.at(INDICATORS + "/4").toString()).isEqualTo("{\"level1\":\"产出指标\",\"level2\":\"数量指标\",\"name\":\"\"}");
        assertThat(tree.at(INDICATORS + "/0").toString()).isEqualTo("{\"level1\":\"\",\"name\":\"\"}");
        assertThat(new ReportJson().read(tree.toString()).selfEvaluation().sheets().get(0).indicators()).hasSize(13);

        assertThatThrownBy(() -> CellEdits.apply(fixture004(), List.of(CellEdit.insertRow(INDICATORS + "/3")), true))
                .isInstanceOf(Invalid.class).hasMessage("整体支出绩效自评表 绩效指标第4行还没有填写三级指标，不能保存：请填写指标名称或删除该行。");
        assertThatThrownBy(() -> CellEdits.apply(fixture004(), List.of(CellEdit.insertRow(INDICATORS + "/0"), set(INDICATORS + "/0/name", "办文数量")), true))
                .isInstanceOf(Invalid.class).hasMessageContaining("绩效指标第1行还没有填写一级指标");
        var saved = fixture004();
        CellEdits.apply(saved, List.of(CellEdit.insertRow(INDICATORS + "/3"), set(INDICATORS + "/3/name", "办文数量"),
                set(INDICATORS + "/3/weight", "5"), CellEdit.removeRow(INDICATORS + "/0")), true);
        assertThat(saved.at(INDICATORS + "/2/name").asText()).isEqualTo("办文数量");
        assertThat(saved.at(INDICATORS).size()).isEqualTo(11);
    }

    @Test
    void theBaseDataTableGrowsOnlyUnderItsProjectRowAndAnItemsKeyFollowsItsLabel() throws Exception {
        var tree = full2024();

        CellEdits.apply(tree, List.of(CellEdit.insertRow(BASE + "/9"), set(BASE + "/9/label", "培训经费"), set(BASE + "/9/currentActual", "3.00")), true);

        JsonNode row = tree.at(BASE + "/9");
        assertThat(row.path("key").asText()).isEqualTo("project.培训经费");
        assertThat(row.path("currentActual").asText()).isEqualTo("3.00");
        assertThat(tree.at(BASE + "/10/key").asText()).isEqualTo("public");
        ReportJson json = new ReportJson();
        assertThat(json.read(json.write(json.read(tree.toString()))).selfEvaluation().baseData().rows().get(9).label()).isEqualTo("培训经费");

        // A renamed item follows too; the fixed rows keep their keys.
        var renamed = full2024();
        CellEdits.apply(renamed, List.of(set(BASE + "/6/label", "业务经费"), set(BASE + "/9/label", "公用经费合计")));
        assertThat(renamed.at(BASE + "/6/key").asText()).isEqualTo("project.业务经费");
        assertThat(renamed.at(BASE + "/9/key").asText()).isEqualTo("public");

        assertThatThrownBy(() -> CellEdits.apply(full2024(), List.of(CellEdit.insertRow(BASE + "/11"))))
                .isInstanceOf(Invalid.class).hasMessageContaining("不能在 基础数据表第12行 插入行").hasMessageContaining("项目支出");
        assertThatThrownBy(() -> CellEdits.apply(full2024(), List.of(CellEdit.insertRow(BASE + "/0"))))
                .isInstanceOf(Invalid.class).hasMessageContaining("项目支出");
        assertThatThrownBy(() -> CellEdits.apply(full2024(), List.of(CellEdit.removeRow(BASE + "/9"))))
                .isInstanceOf(Invalid.class).hasMessage("基础数据表第10行（公用经费）不是“项目支出”的明细行，是基础数据表的固定行，不能删除；不需要的数值请清空。");
        assertThatThrownBy(() -> CellEdits.apply(full2024(), List.of(CellEdit.insertRow(BASE + "/6")), true))
                .isInstanceOf(Invalid.class).hasMessageContaining("基础数据表第7行（项目支出明细）还没有填写项目名称");
        var removed = full2024();
        CellEdits.apply(removed, List.of(CellEdit.removeRow(BASE + "/8")));
        assertThat(removed.at(BASE).findValuesAsText("key")).doesNotContain("project.专项资金").contains("project.运行维护经费");
    }
}
