package org.jixiao.server.reportpage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.report.json.ReportJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The grids of the 004 fixture: every table, 自评表 and other part is there with the columns of its kind, and every
 * cell's pointer leads to the value it shows (or to a field not yet stated under an existing object, so that a
 * save can add it).
 */
class ReportGridsTests {

    static JsonNode tree;
    static List<ReportGrids.Section> sections;

    @BeforeAll
    static void read004() throws Exception {
        tree = new ReportJson().parseTree(Files.readString(Path.of("../jixiao-core/src/test/resources/fixtures/004-shifeng-2021.json")));
        sections = ReportGrids.sections(tree);
    }

    static List<ReportGrids.Cell> cells() {
        List<ReportGrids.Cell> out = new ArrayList<>();
        for (var s : sections) for (var g : s.grids()) for (var r : g.rows()) for (var c : r.cells()) if (c != null) out.add(c);
        for (var n : ReportGrids.narrative(tree)) {
            if (n.heading() != null) out.add(n.heading());
            out.addAll(n.paragraphs());
        }
        return out;
    }

    @Test
    void theNineTablesTheSheetsAndTheOtherPartsAreThere() {
        assertThat(sections).extracting(ReportGrids.Section::id).containsExactly("tables", "sheets", "other");
        var tables = sections.get(0).grids();
        assertThat(tables).hasSize(9);
        assertThat(tables.get(2).title()).isEqualTo("公开03表 支出决算表");
        assertThat(tables.get(2).columns()).extracting(ReportGrids.Column::label)
                .containsExactly("科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出");
        assertThat(tables.get(2).rows().get(0).cells().get(4).value()).isEqualTo("1,138.54");
        assertThat(tables.get(2).rows().get(0).cells().get(4).source()).isEqualTo("来源：第162行");
        var sheets = sections.get(1).grids();
        assertThat(sheets).extracting(ReportGrids.Grid::id).contains("sheet-0-indicators", "sheet-0-funds", "sheet-0-totals", "sheet-4-indicators");
        var indicators = sheets.stream().filter(g -> g.id().equals("sheet-0-indicators")).findFirst().orElseThrow();
        assertThat(indicators.rows()).hasSize(11);
        assertThat(indicators.rows().get(0).cells()).extracting(ReportGrids.Cell::value)
                .startsWith("产出指标", "数量指标", "零星维修次数", "50 次", "59 次", "5", "5");
        assertThat(sections.get(2).grids()).extracting(ReportGrids.Grid::id).contains("unit", "disclosure-procurement", "disclosure-assets");
        assertThat(ReportGrids.narrative(tree)).hasSize(53);
    }

    @Test
    void theRowListsAreMarkedWithTheirPointerTheRowsThatStayAndTheFieldOfEachColumn() {
        var tables = sections.get(0).grids();
        var t05 = tables.get(4);
        assertThat(t05.rowList()).isEqualTo("/finalAccounts/tables/4/rows");
        assertThat(t05.insertTop()).isTrue();
        assertThat(t05.columns()).extracting(ReportGrids.Column::field).containsExactly("key", "name", "cells/total", "cells/basic", "cells/project");
        var total = t05.rows().get(0);
        assertThat(total.label()).isEqualTo("1");
        assertThat(total.removable()).isFalse();
        assertThat(total.cells().get(0)).isNull(); // 合计 has no code to edit
        assertThat(total.cells().get(1).value()).isEqualTo("合计");
        var code = t05.rows().get(3);
        assertThat(code.removable()).isTrue();
        assertThat(code.cells()).extracting(ReportGrids.Cell::pointer).startsWith("/finalAccounts/tables/4/rows/3/key", "/finalAccounts/tables/4/rows/3/name");
        assertThat(code.cells()).extracting(ReportGrids.Cell::value).startsWith("2010301", "行政运行");
        // 公开07表 (三公经费) has six fixed rows: no row list, labels as before.
        assertThat(tables.get(6).rowList()).isNull();
        assertThat(tables.get(6).rows().get(0).label()).isEqualTo("合计");

        var indicators = sections.get(1).grids().stream().filter(g -> g.id().equals("sheet-0-indicators")).findFirst().orElseThrow();
        assertThat(indicators.rowList()).isEqualTo("/selfEvaluation/sheets/0/indicators");
        assertThat(indicators.columns()).filteredOn(ReportGrids.Column::copied).extracting(ReportGrids.Column::key).containsExactly("level1", "level2");
        assertThat(indicators.rows()).allMatch(ReportGrids.Row::removable);
    }

    @Test
    void theBaseDataTableShowsItsRowsAsARowListWhoseItemsUnderProjectMayChange() throws Exception {
        JsonNode full = new ReportJson().parseTree(Files.readString(Path.of("../jixiao-render/src/test/resources/fixtures/full-2024.json")));
        var base = ReportGrids.sections(full).stream().filter(s -> s.id().equals("base")).findFirst().orElseThrow().grids();
        assertThat(base).extracting(ReportGrids.Grid::id).containsExactly("base-data", "base-data-fields");
        var rows = base.get(0);
        assertThat(rows.rowList()).isEqualTo("/selfEvaluation/baseData/rows");
        assertThat(rows.insertTop()).isFalse();
        var project = rows.rows().get(5);
        assertThat(project.cells().get(0).value()).isEqualTo("项目支出");
        assertThat(project.cells().get(0).locked()).isTrue();
        assertThat(project.removable()).isFalse();
        assertThat(project.insertBelow()).isTrue();
        var item = rows.rows().get(6);
        assertThat(item.cells().get(0).value()).isEqualTo("业务工作经费");
        assertThat(item.cells().get(0).locked()).isFalse();
        assertThat(item.removable()).isTrue();
        assertThat(rows.rows().get(9).insertBelow()).isFalse(); // 公用经费
        assertThat(base.get(1).rows()).extracting(ReportGrids.Row::label).startsWith("编制数", "实际在职人数", "控制率");
    }

    @Test
    void everyCellPointsAtItsValueOrAtAFieldItsParentCanTake() {
        List<ReportGrids.Cell> cells = cells();
        assertThat(cells).hasSizeGreaterThan(1000);
        assertThat(cells).extracting(ReportGrids.Cell::pointer).doesNotHaveDuplicates();
        for (var c : cells) {
            JsonPointer pointer = JsonPointer.compile(c.pointer());
            JsonNode node = tree.at(pointer);
            if (node.isMissingNode()) {
                assertThat(c.value()).as(c.pointer()).isEmpty();
                assertThat(tree.at(pointer.head()).isObject()).as(c.pointer()).isTrue();
            } else {
                assertThat(node.isObject() ? node.path("text").asText() : node.asText()).as(c.pointer()).isEqualTo(c.value());
            }
        }
    }
}
