package org.jixiao.server.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonDiffTests {

    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode tree(String json) throws Exception {
        return JSON.readTree(json.replace('\'', '"'));
    }

    @Test
    void namesAChangedCellByItsTableRowAndColumn() throws Exception {
        var before = tree("{'finalAccounts':{'tables':[{'number':'公开03表','rows':[{'name':'合计','cells':{'total':'100.00','basic':'60.00'}}]}]}}");
        var after = tree("{'finalAccounts':{'tables':[{'number':'公开03表','rows':[{'name':'合计','cells':{'total':'101.00','basic':'60.00'}}]}]}}");

        assertThat(JsonDiff.between(before, after)).containsExactly(
                new Change("/finalAccounts/tables/0/rows/0/cells/total", "公开03表 · 合计 · total", "100.00", "101.00"));
    }

    @Test
    void aFigureIsItsTextAndItsSourcePositionIsNoChange() throws Exception {
        var before = tree("{'unit':{'staffActive':{'text':'20','at':{'line':5}}}}");
        var moved = tree("{'unit':{'staffActive':{'text':'20','at':{'line':9}}}}");
        var typed = tree("{'unit':{'staffActive':'21'}}");

        assertThat(JsonDiff.between(before, moved)).isEmpty();
        assertThat(JsonDiff.between(before, typed)).containsExactly(new Change("/unit/staffActive", "unit · staffActive", "20", "21"));
    }

    @Test
    void listsAddedAndRemovedValuesInDocumentOrder() throws Exception {
        var before = tree("{'rows':[{'a':'1'},{'a':'2'}," + "{'a':'3'},{'a':'4'},{'a':'5'},{'a':'6'},{'a':'7'},{'a':'8'},{'a':'9'},{'a':'10'},{'a':'11'}]}");
        var after = tree("{'rows':[{'a':'1','b':'x'},{'a':'2'}," + "{'a':'3'},{'a':'4'},{'a':'5'},{'a':'6'},{'a':'7'},{'a':'8'},{'a':'9'},{'a':'10'},{}]}");

        assertThat(JsonDiff.between(before, after)).extracting(Change::pointer, Change::before, Change::after).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/rows/0/b", null, "x"),
                org.assertj.core.groups.Tuple.tuple("/rows/10/a", "11", null));
    }
}
