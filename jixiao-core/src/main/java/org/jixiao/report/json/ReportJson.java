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
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jixiao.codes.CodeLists;
import org.jixiao.report.domain.Report;
import org.jixiao.report.domain.ReportHeader;
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
        return read(parseTree(json));
    }

    /** Reads a tree already parsed (for example edited in place) exactly as {@link #read(String)} reads its text. */
    public Report read(JsonNode tree) {
        checkBeforeBinding(tree);
        try {
            return validator.validate(mapper.treeToValue(tree, Report.class));
        } catch (JsonMappingException e) {
            throw JsonErrors.mapping(e, tree);
        } catch (JsonProcessingException e) {
            throw JsonErrors.syntax(e, tree.toString());
        }
    }

    /** Reads UTF-8 JSON; the whole document is read first, so that messages can quote the text. */
    public Report read(InputStream json) {
        try {
            return read(new String(json.readAllBytes(), StandardCharsets.UTF_8));
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
            throw JsonErrors.syntax(e, json);
        }
    }

    /**
     * The version first: a document of another version may well have fields this one does not know, and the
     * version is what its reader must hear about. The year is checked here because the model refuses it
     * without naming the field.
     */
    private static void checkBeforeBinding(JsonNode tree) {
        if (tree == null || !tree.isObject()) {
            throw new ReportFormatException("", null, "文档是空的或不是一个 JSON 对象 { … }");
        }
        JsonNode version = tree.get("formatVersion");
        if (version == null || version.isNull()) {
            throw new ReportFormatException("formatVersion", null, "缺少必填字段，本程序读写格式版本 “" + Report.FORMAT_VERSION + "”");
        }
        if (!version.isTextual()) {
            throw new ReportFormatException("formatVersion", version.toString(), "格式版本应写成字符串 “" + Report.FORMAT_VERSION + "”");
        }
        if (!Report.FORMAT_VERSION.equals(version.textValue())) {
            throw new ReportFormatException("formatVersion", version.textValue(), "不支持的格式版本，本程序读写 " + Report.FORMAT_VERSION);
        }
        JsonNode year = tree.path("header").path("fiscalYear");
        if (tree.path("header").isObject() && year.isMissingNode()) {
            throw new ReportFormatException("header.fiscalYear", null, "缺少必填字段，请写年度，如 2021");
        }
        if (year.isIntegralNumber() && (year.asLong() < ReportHeader.FIRST_YEAR || year.asLong() > ReportHeader.LAST_YEAR)) {
            throw new ReportFormatException("header.fiscalYear", year.asText(),
                    "年度应在 " + ReportHeader.FIRST_YEAR + "–" + ReportHeader.LAST_YEAR + " 之间");
        }
    }
}
