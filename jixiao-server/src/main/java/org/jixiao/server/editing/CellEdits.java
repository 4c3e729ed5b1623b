package org.jixiao.server.editing;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Set;
import org.jixiao.server.problems.Invalid;

/**
 * Applies cell edits to a report tree. A figure's text is replaced and its source position dropped (the value
 * now comes from the user, not from the document); an empty value removes the field. The header's year and
 * format version and the source description cannot be edited.
 */
final class CellEdits {

    private static final Set<String> FIXED = Set.of("/formatVersion", "/header/fiscalYear", "/source");
    static final int MAX_EDITS = 5000;
    static final int MAX_VALUE = 20_000;

    private CellEdits() {
    }

    /** Applies the edits in order to {@code tree} (changed in place); the value each replaced, in order. */
    static List<String> apply(ObjectNode tree, List<CellEdit> edits) {
        if (edits == null || edits.isEmpty()) throw new Invalid("没有要保存的修改。");
        if (edits.size() > MAX_EDITS) throw new Invalid("一次最多提交 " + MAX_EDITS + " 处修改，本次为 " + edits.size() + " 处。");
        var before = new java.util.ArrayList<String>(edits.size());
        for (CellEdit edit : edits) {
            if (edit == null) throw new Invalid("修改列表中有空项（null），请去掉后再提交。");
            before.add(apply(tree, edit));
        }
        return before;
    }

    private static String apply(ObjectNode tree, CellEdit edit) {
        String pointer = edit.pointer();
        if (pointer == null || !pointer.startsWith("/") || pointer.length() > 500) throw new Invalid("修改位置无效：" + pointer);
        for (String fixed : FIXED) {
            if (pointer.equals(fixed) || pointer.startsWith(fixed + "/")) throw new Invalid(pointer + " 不能在编辑器中修改。");
        }
        String value = edit.value() == null ? "" : edit.value().strip();
        if (value.length() > MAX_VALUE) throw new Invalid(pointer + " 的内容过长（" + value.length() + " 字）。");
        JsonPointer path;
        try {
            path = JsonPointer.compile(pointer);
        } catch (IllegalArgumentException e) {
            throw new Invalid("修改位置无效：" + pointer);
        }
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
        return before;
    }

    private static JsonNode integer(String pointer, String value) {
        try {
            return IntNode.valueOf(Integer.parseInt(value));
        } catch (NumberFormatException e) {
            throw new Invalid(pointer + " 应为整数，填写的是“" + value + "”。");
        }
    }
}
