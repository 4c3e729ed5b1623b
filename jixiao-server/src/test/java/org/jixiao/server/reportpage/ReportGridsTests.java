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
                .containsExactly("本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出");
        assertThat(tables.get(2).rows().get(0).cells().get(2).value()).isEqualTo("1,138.54");
        assertThat(tables.get(2).rows().get(0).cells().get(2).source()).isEqualTo("来源：第162行");
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
