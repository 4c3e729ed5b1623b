package org.jixiao.report.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.jixiao.codes.CodeLists;
import org.jixiao.report.domain.Report;
import org.jixiao.shared.Figure;

/**
 * Reads and writes reports in the JSON exchange format. Reading is strict and explains itself; writing is
 * canonical (fields in model order, absent values and empty lists left out, two-space indentation).
 */
public final class ReportJson {

    private final ObjectMapper mapper;
    private final ReportValidator validator;

    /** A reader that checks amounts and code formats but not code-list membership. */
    public ReportJson() {
        this(null);
    }

    /** A reader that also checks every classification code against the report year's code lists. */
    public ReportJson(CodeLists codeLists) {
        SimpleModule figures = new SimpleModule("jixiao-figures");
        figures.addSerializer(Figure.class, new FigureJson.Writer());
        figures.addDeserializer(Figure.class, new FigureJson.Reader());
        this.mapper = JsonMapper.builder()
                .addModule(figures)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                // Query methods such as TableRow.isCode() are not fields: written, the reader would refuse them.
                .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .serializationInclusion(JsonInclude.Include.NON_EMPTY)
                .build();
        this.validator = new ReportValidator(codeLists);
    }

    public Report read(String json) {
        try {
            return validator.validate(mapper.readValue(json, Report.class));
        } catch (JsonProcessingException e) {
            throw translate(e);
        }
    }

    public Report read(InputStream json) {
        try {
            return validator.validate(mapper.readValue(json, Report.class));
        } catch (JsonProcessingException e) {
            throw translate(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String write(Report report) {
        try {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
            return mapper.writer(printer).writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report model could not be written as JSON", e);
        }
    }

    /** The report as a JSON tree, for comparisons and the web API. */
    public JsonNode tree(Report report) {
        return mapper.valueToTree(report);
    }

    /** Parses JSON text into a tree with the same strictness as {@link #read(String)}. */
    public JsonNode parseTree(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw translate(e);
        }
    }

    private static ReportFormatException translate(JsonProcessingException e) {
        String field = e instanceof JsonMappingException m ? path(m.getPath()) : "";
        if (e instanceof UnrecognizedPropertyException u) {
            return new ReportFormatException(field, null, "未知字段 “" + u.getPropertyName() + "”，请检查拼写（格式见 docs/report-format.md）");
        }
        if (e instanceof InvalidFormatException f) {
            return new ReportFormatException(field, String.valueOf(f.getValue()), "类型不符，应为 " + typeName(f.getTargetType()));
        }
        if (e instanceof ValueInstantiationException v) {
            Throwable cause = v.getCause() == null ? v : v.getCause();
            String reason = cause instanceof NullPointerException
                    ? "缺少必填字段 " + cause.getMessage()
                    : cause.getMessage();
            return new ReportFormatException(field, null, reason);
        }
        if (e instanceof JsonMappingException m) {
            return new ReportFormatException(field, null, "类型或结构不符：" + firstLine(m.getOriginalMessage()));
        }
        String where = e.getLocation() == null ? "" : "第" + e.getLocation().getLineNr() + "行第" + e.getLocation().getColumnNr() + "列";
        return new ReportFormatException(where, null, "不是合法的 JSON：" + firstLine(e.getOriginalMessage()));
    }

    private static String typeName(Class<?> type) {
        if (type == int.class || type == Integer.class) return "整数";
        if (type.isEnum()) return "以下之一 " + List.of(type.getEnumConstants());
        return type.getSimpleName();
    }

    private static String firstLine(String message) {
        if (message == null) return "";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

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
}
