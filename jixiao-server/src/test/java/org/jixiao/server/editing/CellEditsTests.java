package org.jixiao.server.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.jixiao.server.problems.Invalid;
import org.junit.jupiter.api.Test;

class CellEditsTests {

    static ObjectNode tree() throws Exception {
        return (ObjectNode) new ObjectMapper().readTree("""
                {"formatVersion":"1.0","header":{"fiscalYear":2021,"unitName":"甲"},
                 "unit":{"staffActive":{"text":"20","at":{"line":5}}},
                 "finalAccounts":{"tables":[{"number":"公开03表","rows":[{"name":"合计","cells":{"total":"100.00"}}]}]}}""");
    }

    @Test
    void replacesAFigureByTheTypedTextAndForgetsItsSourcePosition() throws Exception {
        var tree = tree();

        var before = CellEdits.apply(tree, List.of(new CellEdit("/unit/staffActive", " 21 ")));

        assertThat(before).extracting(CellEdits.Change::before).containsExactly("20");
        assertThat(before).extracting(CellEdits.Change::action, CellEdits.Change::after).containsExactly(org.assertj.core.groups.Tuple.tuple("SAVE_CELL", "21"));
        assertThat(tree.at("/unit/staffActive").isTextual()).isTrue();
        assertThat(tree.at("/unit/staffActive").asText()).isEqualTo("21");
    }

    @Test
    void addsAnEmptyCellAndRemovesAClearedOne() throws Exception {
        var tree = tree();

        CellEdits.apply(tree, List.of(new CellEdit("/finalAccounts/tables/0/rows/0/cells/basic", "60.00"),
                new CellEdit("/finalAccounts/tables/0/rows/0/cells/total", "")));

        assertThat(tree.at("/finalAccounts/tables/0/rows/0/cells/basic").asText()).isEqualTo("60.00");
        assertThat(tree.at("/finalAccounts/tables/0/rows/0/cells/total").isMissingNode()).isTrue();
    }

    @Test
    void refusesWhatIsNotACellOrMayNotBeEdited() throws Exception {
        var tree = tree();

        assertThatThrownBy(() -> CellEdits.apply(tree, List.of(new CellEdit("/header/fiscalYear", "2022"))))
                .isInstanceOf(Invalid.class).hasMessageContaining("不能在编辑器中修改");
        assertThatThrownBy(() -> CellEdits.apply(tree, List.of(new CellEdit("/finalAccounts/tables/0/rows", "1"))))
                .isInstanceOf(Invalid.class).hasMessageContaining("是一组数据");
        assertThatThrownBy(() -> CellEdits.apply(tree, List.of(new CellEdit("/finalAccounts/tables/3/rows/0/cells/total", "1"))))
                .isInstanceOf(Invalid.class).hasMessageContaining("报告中没有位置");
        assertThatThrownBy(() -> CellEdits.apply(tree, List.of())).isInstanceOf(Invalid.class).hasMessageContaining("没有要保存的修改");
    }

    @Test
    void keepsOnlyTheLastPartOfAnUploadedName() {
        assertThat(org.jixiao.server.reports.UploadedReports.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(org.jixiao.server.reports.UploadedReports.safeName("C:\\Users\\甲\\决算.docx")).isEqualTo("决算.docx");
        assertThat(org.jixiao.server.reports.UploadedReports.safeName("..")).isEqualTo("上传文件");
        assertThat(org.jixiao.server.reports.UploadedReports.safeName("a\u0000b.pdf")).isEqualTo("ab.pdf");
    }
}
