package org.jixiao.report.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.jixiao.shared.Figure;

/**
 * Turns Jackson's exceptions into a {@link ReportFormatException} that names the field as a path, quotes the
 * value and says in Chinese what to do. Jackson's own English text never reaches the user.
 */
final class JsonErrors {

    private static final int EXCERPT = 24;

    private JsonErrors() {
    }

    /** The document is not JSON: where (line, column, the field the parser was in) and the text there. */
    static ReportFormatException syntax(JsonProcessingException e, String source) {
        JsonLocation location = e.getLocation();
        int line = location == null ? -1 : location.getLineNr();
        int column = location == null ? -1 : location.getColumnNr();
        String where = line > 0 ? "第" + line + "行第" + column + "列" : "";
        String field = e.getProcessor() instanceof JsonParser p ? path(p.getParsingContext()) : "";
        String excerpt = excerpt(source, line, column);
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String reason;
        if (e instanceof JsonEOFException) {
            reason = "文档在" + where + "提前结束：缺少右花括号 }、右方括号 ] 或引号";
        } else if (message.startsWith("Duplicate field")) {
            reason = where + "字段重复出现：同一对象中每个字段只能写一次";
        } else if (message.contains("Trailing token")) {
            reason = where + "之后还有多余的内容：一个文档只能有一个 JSON 对象";
        } else {
            reason = where + "不合 JSON 语法：请检查逗号、冒号、英文双引号和括号（最后一项后面不能有逗号）";
        }
        return new ReportFormatException(field, excerpt, "不是合法的 JSON，" + reason);
    }

    /** The JSON is well formed but does not fit the model. */
    static ReportFormatException mapping(JsonMappingException e, JsonNode tree) {
        String field = path(e.getPath());
        String value = valueAt(tree, e.getPath());
        if (e instanceof UnrecognizedPropertyException u) {
            return new ReportFormatException(field, null,
                    "未知字段 “" + u.getPropertyName() + "”，请检查拼写（格式见 docs/report-format.md）");
        }
        if (e instanceof InvalidFormatException f) {
            return new ReportFormatException(field, String.valueOf(f.getValue()), "类型不符，应为" + typeName(f.getTargetType()));
        }
        if (e instanceof ValueInstantiationException) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof NullPointerException && isFieldName(cause.getMessage())) {
                // the model's records name the missing component: Objects.requireNonNull(unitName, "unitName")
                return new ReportFormatException(join(field, cause.getMessage()), null, "缺少必填字段，请补上");
            }
            if (cause instanceof NullPointerException) {
                return new ReportFormatException(field, null, "列表或对象中有空值：不写的值请整个省略");
            }
            return new ReportFormatException(field, value, "值不合法：" + cause.getMessage());
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() == Figure.class) {
            return new ReportFormatException(field, value, m.getOriginalMessage());
        }
        if (e instanceof MismatchedInputException m && tree != null && tree.at(pointer(e.getPath())).isMissingNode()) {
            // a missing primitive (narrative[].level) arrives as a null that FAIL_ON_NULL_FOR_PRIMITIVES refuses
            return new ReportFormatException(field, null, "缺少必填字段，应为" + typeName(m.getTargetType()));
        }
        if (e instanceof MismatchedInputException m) {
            return new ReportFormatException(field, value, "类型不符，应为" + typeName(m.getTargetType()));
        }
        return new ReportFormatException(field, value, "类型或结构不符（格式见 docs/report-format.md）");
    }

    /** A dotted path such as {@code finalAccounts.tables[2].rows[5].cells.total}. */
    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : references) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) sb.append('.');
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String path(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) parts.addFirst("." + c.getCurrentName());
            else if (c.inArray()) parts.addFirst("[" + Math.max(c.getCurrentIndex(), 0) + "]");
        }
        String joined = String.join("", parts);
        return joined.startsWith(".") ? joined.substring(1) : joined;
    }

    private static String valueAt(JsonNode tree, List<JsonMappingException.Reference> references) {
        if (tree == null) return null;
        JsonNode node = tree.at(pointer(references));
        if (node.isMissingNode()) return null;
        String text = node.isValueNode() ? node.asText() : node.toString();
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    private static JsonPointer pointer(List<JsonMappingException.Reference> references) {
        JsonPointer pointer = JsonPointer.empty();
        for (JsonMappingException.Reference ref : references) {
            if (ref.getFieldName() != null) pointer = pointer.appendProperty(ref.getFieldName());
            else if (ref.getIndex() >= 0) pointer = pointer.appendIndex(ref.getIndex());
        }
        return pointer;
    }

    private static String excerpt(String source, int line, int column) {
        if (source == null || line < 1) return null;
        String[] lines = source.split("\n", -1);
        if (line > lines.length) return null;
        String text = lines[line - 1].stripTrailing();
        int end = Math.min(Math.max(column, 1), text.length());
        String excerpt = text.substring(Math.max(0, end - EXCERPT), end).strip();
        return excerpt.isEmpty() ? null : excerpt;
    }

    private static String typeName(Class<?> type) {
        if (type == null) return "正确的类型";
        if (type == int.class || type == Integer.class) return "整数";
        if (type == String.class) return "字符串";
        if (type.isEnum()) return "以下之一 " + List.of(type.getEnumConstants());
        if (Collection.class.isAssignableFrom(type)) return "数组 [ … ]";
        if (Map.class.isAssignableFrom(type)) return "对象 { 键: 值 }";
        return "对象 { … }";
    }

    private static boolean isFieldName(String message) {
        return message != null && message.matches("[A-Za-z][A-Za-z0-9]*");
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
