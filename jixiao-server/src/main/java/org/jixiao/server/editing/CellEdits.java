package org.jixiao.server.editing;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.server.problems.Invalid;

/**
 * Applies edits to a report tree, in order. A cell edit ({@code set}) replaces a figure's text and drops its source
 * position (the value now comes from the user, not from the document); an empty value removes the field. A row edit
 * inserts the empty row of its {@link RowLists row list} or removes a row that may be removed. The header's year
 * and format version and the source description cannot be edited.
 *
 * <p>Rows that were inserted, or whose code (tables) or label (基础数据表 items) was edited, are looked at once all
 * edits are in: a 项目支出 item's key follows its label ({@code project.业务工作经费}); and before a save, a code must
 * be a classification code (3, 5 or 7 digits) and a new row must have what the format requires (a code, a 一级指标
 * and a name, a label). A preview takes a blank or half-typed code (the rules pass over a row that is not a code
 * row), since it runs while the user is typing.
 */
final class CellEdits {

    private static final Set<String> FIXED = Set.of("/formatVersion", "/header/fiscalYear", "/source");
    static final int MAX_EDITS = 5000;
    static final int MAX_VALUE = 20_000;

    /** A table row's code, a 基础数据表 row's label: edits of these are checked like a new row. */
    private static final Pattern ROW_FIELD = Pattern.compile("(/finalAccounts/tables/\\d+/rows/\\d+)/key|(/selfEvaluation/baseData/rows/\\d+)/label");

    /** What one edit did, for the audit log: action, subject (the pointer), value before and after, where (Chinese). */
    record Change(String action, String pointer, String before, String after, String place) {}

    private CellEdits() {
    }

    /** Applies the edits in order to {@code tree} (changed in place), as for a preview; what each did, in order. */
    static List<Change> apply(ObjectNode tree, List<CellEdit> edits) {
        return apply(tree, edits, false);
    }

    /**
     * What edits did, applied as for a preview, and why a save of the same edits would be refused (null when it
     * would not): the editor previews what it then saves, and the save reuses the preview (see {@code RecentPreviews}).
     */
    record Applied(List<Change> changes, Invalid saveRefusal) {}

    /** Applies the edits in order to {@code tree} (changed in place) as for a preview, noting what a save would refuse. */
    static Applied applyNotingSave(ObjectNode tree, List<CellEdit> edits) {
        Set<JsonNode> touched = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Change> changes = apply(tree, edits, false, touched);
        Invalid refusal = null;
        if (!touched.isEmpty()) {
            try {
                checkRows(tree, touched, true);
            } catch (Invalid e) {
                refusal = e;
            }
        }
        return new Applied(changes, refusal);
    }

    /**
     * Applies the edits in order to {@code tree} (changed in place); what each did, in order. {@code forSave}
     * also refuses new rows that are not filled in enough to be saved.
     */
    static List<Change> apply(ObjectNode tree, List<CellEdit> edits, boolean forSave) {
        return apply(tree, edits, forSave, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static List<Change> apply(ObjectNode tree, List<CellEdit> edits, boolean forSave, Set<JsonNode> touched) {
        if (edits == null || edits.isEmpty()) throw new Invalid("没有要保存的修改。");
        if (edits.size() > MAX_EDITS) throw new Invalid("一次最多提交 " + MAX_EDITS + " 处修改，本次为 " + edits.size() + " 处。");
        List<Change> changes = new ArrayList<>(edits.size());
        for (CellEdit edit : edits) {
            if (edit == null) throw new Invalid("修改列表中有空项。");
            changes.add(switch (edit.kind()) {
                case CellEdit.SET -> set(tree, edit, touched);
                case CellEdit.INSERT_ROW -> insertRow(tree, edit, touched);
                case CellEdit.REMOVE_ROW -> removeRow(tree, edit);
                default -> throw new Invalid("未知的修改类型“" + edit.op() + "”（" + edit.pointer()
                        + "）：应为 set（修改单元格）、insertRow（插入行）或 removeRow（删除行）。");
            });
        }
        if (!touched.isEmpty()) checkRows(tree, touched, forSave);
        return changes;
    }

    private static Change set(ObjectNode tree, CellEdit edit, Set<JsonNode> touched) {
        String pointer = edit.pointer();
        JsonPointer path = compile(pointer);
        String value = edit.value() == null ? "" : edit.value().strip();
        if (value.length() > MAX_VALUE) throw new Invalid(pointer + " 的内容过长（" + value.length() + " 字）。");
        JsonNode parent = tree.at(path.head());
        String field = path.last().getMatchingProperty();
        JsonNode old = tree.at(path);
        String before = old.isMissingNode() || old.isNull() ? null
                : old.isObject() && old.has("text") ? old.get("text").asText() : old.isValueNode() ? old.asText() : null;
        if (!old.isMissingNode() && old.isContainerNode() && !(old.isObject() && old.has("text"))) {
            throw new Invalid(pointer + " 是一组数据，不是一个单元格，不能直接修改。");
        }
        if (parent instanceof ObjectNode object) {
            if (value.isEmpty()) object.remove(field);
            else object.set(field, old.isInt() ? integer(pointer, value) : TextNode.valueOf(value));
        } else if (parent instanceof ArrayNode array && path.last().mayMatchElement() && path.last().getMatchingIndex() < array.size()) {
            array.set(path.last().getMatchingIndex(), TextNode.valueOf(value));
        } else {
            throw new Invalid("报告中没有位置 " + pointer + "，请刷新页面后再修改。");
        }
        if (ROW_FIELD.matcher(pointer).matches()) touched.add(parent);
        return new Change("SAVE_CELL", pointer, before, value.isEmpty() ? null : value, null);
    }

    private static Change insertRow(ObjectNode tree, CellEdit edit, Set<JsonNode> touched) {
        String pointer = edit.pointer();
        JsonPointer path = compile(pointer);
        noValue(edit);
        String listPointer = listPointer(pointer);
        RowLists.Found list = RowLists.find(tree, listPointer);
        if (list == null) throw notARowList(tree, pointer, listPointer, "插入");
        int size = list.rows() == null ? 0 : list.rows().size();
        int index = index(path);
        if (index < 0 || index > size) {
            throw new Invalid("不能在 " + pointer + " 插入行：" + listName(list) + "现有 " + size + " 行，新行的位置应为 0 至 " + size
                    + "（" + size + " 即加在最后）。");
        }
        if (index == 0 ? !RowLists.insertableAtTop(list.kind()) : !RowLists.insertableBelow(list.kind(), list.rows().get(index - 1))) {
            throw new Invalid("不能在 " + RowLists.place(list, index) + " 插入行（" + pointer + "）：基础数据表只有“项目支出”下可以增加明细行，"
                    + "新行应插在“项目支出”或其明细行的下面。");
        }
        ObjectNode row = RowLists.emptyRow(list, index);
        ArrayNode rows = list.rows() != null ? list.rows() : list.owner().putArray(list.field());
        rows.insert(index, row);
        touched.add(row);
        return new Change("INSERT_ROW", pointer, null, row.toString(), "插入行：" + RowLists.place(list, index));
    }

    private static Change removeRow(ObjectNode tree, CellEdit edit) {
        String pointer = edit.pointer();
        JsonPointer path = compile(pointer);
        noValue(edit);
        String listPointer = listPointer(pointer);
        RowLists.Found list = RowLists.find(tree, listPointer);
        if (list == null) {
            if (tree.at(path).isMissingNode()) throw new Invalid("报告中没有行 " + pointer + "，请刷新页面后再修改。");
            throw notARowList(tree, pointer, listPointer, "删除");
        }
        int index = index(path);
        if (list.rows() == null || index < 0 || index >= list.rows().size()) {
            throw new Invalid("报告中没有行 " + pointer + "：" + listName(list) + "现有 " + (list.rows() == null ? 0 : list.rows().size())
                    + " 行，请刷新页面后再修改。");
        }
        JsonNode row = list.rows().get(index);
        String place = RowLists.place(list, index);
        String name = RowLists.rowName(list.kind(), row);
        if (!RowLists.removable(list.kind(), row)) {
            throw new Invalid(place + (name.isEmpty() ? "" : "（" + name + "）") + (list.kind() == RowLists.Kind.PROJECT_ITEMS
                    ? "不是“项目支出”的明细行，是基础数据表的固定行，不能删除；不需要的数值请清空。"
                    : "是表格的固定行，不能删除；不需要的数值请清空。"));
        }
        list.rows().remove(index);
        return new Change("REMOVE_ROW", pointer, row.toString(), null, "删除行：" + place + (name.isEmpty() ? "" : "（" + name + "）"));
    }

    /**
     * The rows inserted or re-coded by these edits, where they are now: codes must be codes, 项目支出 items take
     * their key from their label, and (for a save) what the format requires must be filled in.
     */
    private static void checkRows(ObjectNode tree, Set<JsonNode> touched, boolean forSave) {
        List<RowLists.Found> lists = new ArrayList<>();
        JsonNode tables = tree.at("/finalAccounts/tables");
        for (int t = 0; t < tables.size(); t++) lists.add(RowLists.find(tree, "/finalAccounts/tables/" + t + "/rows"));
        JsonNode sheets = tree.at("/selfEvaluation/sheets");
        for (int s = 0; s < sheets.size(); s++) lists.add(RowLists.find(tree, "/selfEvaluation/sheets/" + s + "/indicators"));
        lists.add(RowLists.find(tree, "/selfEvaluation/baseData/rows"));
        for (RowLists.Found list : lists) {
            if (list == null || list.rows() == null) continue;
            for (int i = 0; i < list.rows().size(); i++) {
                if (touched.contains(list.rows().get(i)) && list.rows().get(i) instanceof ObjectNode row) checkRow(list, i, row, forSave);
            }
        }
    }

    private static void checkRow(RowLists.Found list, int index, ObjectNode row, boolean forSave) {
        String place = RowLists.place(list, index);
        switch (list.kind()) {
            case TABLE_ROWS -> {
                String key = row.path("key").asText("").strip();
                if (forSave && !key.isEmpty() && !RowLists.isCode(key)) {
                    throw new Invalid(place + "的科目编码“" + key + "”不对：科目编码是 3 位（类）、5 位（款）或 7 位（项）数字，如 2010301。");
                }
                if (forSave && key.isEmpty()) {
                    throw new Invalid(place + "还没有填写科目编码，不能保存：请填写编码（如 2010301）或删除该行。");
                }
            }
            case INDICATORS -> {
                if (forSave && row.path("level1").asText("").isBlank()) {
                    throw new Invalid(place + "还没有填写一级指标，不能保存：请填写（如 产出指标）或删除该行。");
                }
                if (forSave && row.path("name").asText("").isBlank()) {
                    throw new Invalid(place + "还没有填写三级指标，不能保存：请填写指标名称或删除该行。");
                }
            }
            case PROJECT_ITEMS -> {
                String label = row.path("label").asText("").strip();
                if (!row.path("key").asText("").startsWith(RowLists.PROJECT_ITEM)) return;
                if (forSave && label.isEmpty()) {
                    throw new Invalid(place + "（项目支出明细）还没有填写项目名称，不能保存：请填写（如 业务工作经费）或删除该行。");
                }
                row.put("key", RowLists.PROJECT_ITEM + label);
            }
        }
    }

    private static JsonPointer compile(String pointer) {
        if (pointer == null || !pointer.startsWith("/") || pointer.length() > 500) throw new Invalid("修改位置无效：" + pointer);
        for (String fixed : FIXED) {
            if (pointer.equals(fixed) || pointer.startsWith(fixed + "/")) throw new Invalid(pointer + " 不能在编辑器中修改。");
        }
        try {
            return JsonPointer.compile(pointer);
        } catch (IllegalArgumentException e) {
            throw new Invalid("修改位置无效：" + pointer);
        }
    }

    private static void noValue(CellEdit edit) {
        if (edit.value() != null && !edit.value().isEmpty()) {
            throw new Invalid("插入或删除行时不带取值（" + edit.pointer() + "）：新行的内容请用随后的单元格修改（set）填写。");
        }
    }

    private static String listPointer(String pointer) {
        return pointer.substring(0, pointer.lastIndexOf('/'));
    }

    /** The row index a pointer's last step names, -1 when it is not a number. */
    private static int index(JsonPointer path) {
        return path.last().mayMatchElement() ? path.last().getMatchingIndex() : -1;
    }

    private static String listName(RowLists.Found list) {
        return switch (list.kind()) {
            case TABLE_ROWS -> RowLists.tableLabel(list.owner());
            case INDICATORS -> "该自评表的绩效指标";
            case PROJECT_ITEMS -> "基础数据表";
        };
    }

    private static Invalid notARowList(ObjectNode tree, String pointer, String listPointer, String verb) {
        // A pointer into a row (a cell of it) rather than to the row itself.
        for (String rowPointer = listPointer; rowPointer.lastIndexOf('/') > 0; rowPointer = rowPointer.substring(0, rowPointer.lastIndexOf('/'))) {
            int cut = rowPointer.lastIndexOf('/');
            if (cut > 0 && rowPointer.substring(cut + 1).matches("\\d+") && RowLists.find(tree, rowPointer.substring(0, cut)) != null) {
                return new Invalid(pointer + " 是行中的一格，不是一行：" + verb + "行时请指向行本身，如 " + rowPointer + "。");
            }
        }
        JsonNode target = tree.at(listPointer);
        if (target.isMissingNode() && !tree.at(listPointer.substring(0, Math.max(0, listPointer.lastIndexOf('/')))).isContainerNode()) {
            return new Invalid("报告中没有位置 " + pointer + "，请刷新页面后再修改。");
        }
        Matcher table = Pattern.compile("/finalAccounts/tables/(\\d+)/rows").matcher(listPointer);
        String where = table.matches() ? RowLists.tableLabel(tree.at("/finalAccounts/tables/" + table.group(1))) + "的行是固定的，" : "";
        return new Invalid("不能在 " + pointer + " " + verb + "行：" + where + "只有公开表的科目行、自评表的三级指标行和基础数据表“项目支出”的明细行可以"
                + verb + "。");
    }

    private static JsonNode integer(String pointer, String value) {
        try {
            return IntNode.valueOf(Integer.parseInt(value));
        } catch (NumberFormatException e) {
            throw new Invalid(pointer + " 应为整数，填写的是“" + value + "”。");
        }
    }
}
