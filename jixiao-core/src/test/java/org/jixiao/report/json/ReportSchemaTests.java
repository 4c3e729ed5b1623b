package org.jixiao.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jixiao.fixtures.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON Schema {@code schema/report-1.0.schema.json} describes the format that {@link ReportJson} reads and writes. */
class ReportSchemaTests {

    private static final JsonSchema SCHEMA = load();
    private final ObjectMapper plain = new ObjectMapper();
    private final ReportJson json = new ReportJson();

    static List<Path> fixtures() {
        return Fixtures.all();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void everyFixtureIsValid(Path fixture) throws JsonProcessingException {
        assertThat(SCHEMA.validate(plain.readTree(Fixtures.text(fixture)))).isEmpty();
    }

    @Test
    void aReportUsingEveryPartOfTheModelIsValidAsWritten() throws JsonProcessingException {
        String written = json.write(json.read(SampleReports.everyPart()));

        assertThat(SCHEMA.validate(plain.readTree(written))).isEmpty();
    }

    @Test
    void rejectsAReportWithoutHeader() {
        assertThat(errorsAfter(root -> root.remove("header"))).anyMatch(m -> m.getMessage().contains("header"));
    }

    @Test
    void rejectsAnAmountThatIsNotANumber() {
        Set<ValidationMessage> errors = errorsAfter(root -> ((ObjectNode) root.at("/finalAccounts/tables/1/rows/0/cells"))
                .put("total", "1,2.3"));

        assertThat(errors).anyMatch(m -> m.getInstanceLocation().toString().contains("cells.total")
                || m.getInstanceLocation().toString().contains("cells/total"));
    }

    @Test
    void rejectsAnUnknownField() {
        assertThat(errorsAfter(root -> ((ObjectNode) root.get("header")).put("unitNmae", "x")))
                .anyMatch(m -> m.getMessage().contains("unitNmae"));
    }

    @Test
    void rejectsAnotherFormatVersion() {
        assertThat(errorsAfter(root -> root.put("formatVersion", "2.0"))).isNotEmpty();
    }

    @Test
    void rejectsAColumnKeyThatTheTableKindDoesNotHave() {
        // the EXPENDITURE table (公开03表) has no column "amount"
        assertThat(errorsAfter(root -> ((ObjectNode) root.at("/finalAccounts/tables/1/rows/0/cells")).put("amount", "1.00")))
                .isNotEmpty();
    }

    @Test
    void rejectsAFigureWrittenAsJsonNumberAndAnUnknownPart() {
        assertThat(errorsAfter(root -> ((ObjectNode) root.get("unit")).put("staffActive", 20))).isNotEmpty();
        assertThat(errorsAfter(root -> ((ObjectNode) root.at("/narrative/0")).put("part", "preface"))).isNotEmpty();
    }

    private Set<ValidationMessage> errorsAfter(Consumer<ObjectNode> change) {
        try {
            ObjectNode root = (ObjectNode) plain.readTree(json.write(json.read(SampleReports.everyPart())));
            assertThat(SCHEMA.validate(root)).isEmpty();
            change.accept(root);
            return SCHEMA.validate(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonSchema load() {
        try (InputStream in = ReportSchemaTests.class.getResourceAsStream("/schema/report-1.0.schema.json")) {
            JsonNode node = new ObjectMapper().readTree(in);
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
