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

    static final String ROWS = "{'finalAccounts':{'tables':[{'number':'公开05表','rows':[%s]}]}}";
    static final String TOTAL = "{'key':'total','name':'合计','cells':{'total':'100.00'}}";
    static final String A = "{'key':'2010301','name':'行政运行','cells':{'total':'60.00'}}";
    static final String B = "{'key':'2010302','name':'一般行政管理事务','cells':{'total':'40.00'}}";
    static final String NEW = "{'key':'2010399','name':'其他','cells':{'total':'5.00'}}";

    @Test
    void aRowInsertedInTheMiddleIsOneRowAddedNotAChangeOfEveryRowBelow() throws Exception {
        var before = tree(ROWS.formatted(String.join(",", TOTAL, A, B)));
        var after = tree(ROWS.formatted(String.join(",", TOTAL, NEW, A, B)));

        assertThat(JsonDiff.between(before, after)).extracting(Change::pointer, Change::label, Change::before, Change::after).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/finalAccounts/tables/0/rows/1/cells/total", "公开05表 · 其他 · total", null, "5.00"),
                org.assertj.core.groups.Tuple.tuple("/finalAccounts/tables/0/rows/1/key", "公开05表 · 其他 · key", null, "2010399"),
                org.assertj.core.groups.Tuple.tuple("/finalAccounts/tables/0/rows/1/name", "公开05表 · 其他 · name", null, "其他"));
    }

    @Test
    void aRemovedRowIsReportedWhereItWasAndAnEditBesideAnInsertIsStillAnEdit() throws Exception {
        var before = tree(ROWS.formatted(String.join(",", TOTAL, A, B)));
        var removed = tree(ROWS.formatted(String.join(",", TOTAL, B)));
        var insertedAndEdited = tree(ROWS.formatted(String.join(",", TOTAL.replace("100.00", "105.00"), NEW, A, B)));

        assertThat(JsonDiff.between(before, removed)).extracting(Change::pointer, Change::before, Change::after).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/finalAccounts/tables/0/rows/1/cells/total", "60.00", null),
                org.assertj.core.groups.Tuple.tuple("/finalAccounts/tables/0/rows/1/key", "2010301", null),
                org.assertj.core.groups.Tuple.tuple("/finalAccounts/tables/0/rows/1/name", "行政运行", null));
        assertThat(JsonDiff.between(before, insertedAndEdited)).extracting(Change::pointer, Change::before, Change::after).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/finalAccounts/tables/0/rows/0/cells/total", "100.00", "105.00"),
                org.assertj.core.groups.Tuple.tuple("/finalAccounts/tables/0/rows/1/cells/total", null, "5.00"),
                org.assertj.core.groups.Tuple.tuple("/finalAccounts/tables/0/rows/1/key", null, "2010399"),
                org.assertj.core.groups.Tuple.tuple("/finalAccounts/tables/0/rows/1/name", null, "其他"));
    }

    @Test
    void aRowWhoseCodeChangedIsComparedWithTheRowThatWasInItsPlace() throws Exception {
        var before = tree(ROWS.formatted(String.join(",", TOTAL, A, B)));
        var recoded = tree(ROWS.formatted(String.join(",", TOTAL, A.replace("2010301", "2010399"), B)));

        assertThat(JsonDiff.between(before, recoded)).extracting(Change::pointer, Change::before, Change::after).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/finalAccounts/tables/0/rows/1/key", "2010301", "2010399"));
    }
}
