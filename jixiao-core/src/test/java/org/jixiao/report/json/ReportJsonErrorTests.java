package org.jixiao.report.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jixiao.codes.CodeLists;
import org.junit.jupiter.api.Test;

/**
 * A document that cannot be read gives one {@link ReportFormatException} naming the field as a path and the
 * value, in Chinese (docs/report-format.md, "Errors") — never a Jackson message or a NullPointerException.
 */
class ReportJsonErrorTests {

    /** Words of Jackson's own English messages that must not reach a user. */
    private static final Pattern JACKSON_TEXT = Pattern.compile(
            "Cannot|Unexpected|deserializ|Unrecognized|expecting|token|Source:|\\[line|JsonToken|java\\.|null\\b");

    private final ReportJson reader = new ReportJson();
    private final ObjectMapper plain = new ObjectMapper();

    @Test
    void missingRequiredFieldIsNamedByItsPath() {
        ReportFormatException e = failure(edit(root -> ((ObjectNode) root.get("header")).remove("unitName")));

        assertThat(e.field()).isEqualTo("header.unitName");
        assertThat(e.getMessage()).contains("header.unitName").contains("缺少必填字段");
    }

    @Test
    void missingFormatVersionIsNamed() {
        ReportFormatException e = failure(edit(root -> root.remove("formatVersion")));

        assertThat(e.field()).isEqualTo("formatVersion");
        assertThat(e.getMessage()).contains("缺少必填字段");
    }

    @Test
    void yearWrittenInChineseNumeralsIsAWrongType() {
        ReportFormatException e = failure(edit(root -> ((ObjectNode) root.get("header")).put("fiscalYear", "二〇二一")));

        assertThat(e.field()).isEqualTo("header.fiscalYear");
        assertThat(e.getMessage()).contains("header.fiscalYear").contains("“二〇二一”").contains("整数");
    }

    @Test
    void yearOutOfRangeNamesFieldAndValue() {
        ReportFormatException e = failure(edit(root -> ((ObjectNode) root.get("header")).put("fiscalYear", 1921)));

        assertThat(e.getMessage()).contains("header.fiscalYear").contains("1921").contains("2000");
    }

    @Test
    void amountWithMisplacedSeparatorInATableCellIsRefused() {
        ReportFormatException e = failure(edit(root -> ((ObjectNode) root.at("/finalAccounts/tables/1/rows/1/cells"))
                .put("total", "1,2.3")));

        assertThat(e.field()).isEqualTo("finalAccounts.tables[1].rows[1].cells.total");
        assertThat(e.value()).isEqualTo("1,2.3");
        assertThat(e.getMessage()).contains("finalAccounts.tables[1].rows[1].cells.total").contains("“1,2.3”").contains("不是金额");
    }

    @Test
    void amountWithProvenanceInAFundRowIsRefused() {
        ReportFormatException e = failure(edit(root -> ((ObjectNode) root.at("/selfEvaluation/sheets/0/funds/rows/0"))
                .putObject("executed").put("text", "三十八").putObject("at").put("line", 30)));

        assertThat(e.getMessage()).contains("selfEvaluation.sheets[0].funds.rows[0].executed").contains("“三十八”");
    }

    @Test
    void unknownFieldIsNamedWithItsPath() {
        ReportFormatException e = failure(edit(root -> ((ObjectNode) root.get("header")).put("unitNmae", "示例单位")));

        assertThat(e.field()).isEqualTo("header.unitNmae");
        assertThat(e.getMessage()).contains("header.unitNmae").contains("未知字段");
    }

    @Test
    void unknownFieldInsideAFigureIsNamedWithItsPath() {
        ReportFormatException e = failure(edit(root -> ((ObjectNode) root.get("unit")).putObject("staffActive")
                .put("text", "18").put("line", 5)));

        assertThat(e.getMessage()).contains("unit.staffActive").contains("line").contains("未知字段");
    }

    @Test
    void unknownClassificationCodeIsRefusedWithTheYearsCodeList() {
        // 9999901 is not a 支出功能分类 code in any year: 类 999 does not exist
        String json = edit(root -> ((ObjectNode) root.at("/finalAccounts/tables/1/rows/2")).put("key", "9999901"));

        ReportFormatException e = failure(new ReportJson(CodeLists.bundled()), json);

        assertThat(e.field()).isEqualTo("finalAccounts.tables[1].rows[2].key");
        assertThat(e.getMessage()).contains("finalAccounts.tables[1].rows[2].key").contains("“9999901”").contains("2021年");
    }

    @Test
    void bundledCodeListsAcceptTheSample() {
        assertThat(new ReportJson(CodeLists.bundled()).read(SampleReports.everyPart()).header().unitName()).isEqualTo("示例单位");
    }

    @Test
    void malformedJsonNamesLineColumnAndTheTextThere() {
        String json = """
                {
                  "formatVersion": "1.0",
                  "header": {"unitName": "示例单位", "fiscalYear": 2021,}
                }
                """;

        ReportFormatException e = failure(json);

        assertThat(e.getMessage()).contains("第3行").contains("不是合法的 JSON").contains("header");
    }

    @Test
    void truncatedJsonSaysTheDocumentEndsEarly() {
        ReportFormatException e = failure("{\"formatVersion\": \"1.0\", \"header\": {\"unitName\": \"示例");

        assertThat(e.getMessage()).contains("不是合法的 JSON").contains("结束");
    }

    @Test
    void unknownFormatVersionIsRefusedBeforeAnythingElse() {
        // a 2.0 document may well have fields 1.0 does not know: the version is what the user must hear about
        ReportFormatException e = failure(edit(root -> {
            root.put("formatVersion", "2.0");
            ((ObjectNode) root.get("header")).put("newIn20", "x");
        }));

        assertThat(e.field()).isEqualTo("formatVersion");
        assertThat(e.getMessage()).contains("formatVersion").contains("“2.0”").contains("1.0");
    }

    @Test
    void formatVersionWrittenAsNumberIsRefused() {
        ReportFormatException e = failure(edit(root -> root.put("formatVersion", 1.0)));

        assertThat(e.getMessage()).contains("formatVersion").contains("1.0");
    }

    @Test
    void unknownEnumValueListsTheAllowedOnes() {
        ReportFormatException e = failure(edit(root -> ((ObjectNode) root.at("/finalAccounts/tables/0")).put("kind", "SUMMARY")));

        assertThat(e.getMessage()).contains("finalAccounts.tables[0].kind").contains("“SUMMARY”")
                .contains("INCOME_EXPENDITURE_SUMMARY");
    }

    @Test
    void structureOfTheWrongShapeNamesTheExpectedShape() {
        ReportFormatException list = failure(edit(root -> ((ObjectNode) root.get("header")).put("documents", "SELF_EVALUATION")));
        ReportFormatException figure = failure(edit(root -> ((ObjectNode) root.get("unit")).put("staffActive", true)));
        ReportFormatException level = failure(edit(root -> ((ObjectNode) root.at("/narrative/0")).put("level", "一")));

        assertThat(list.getMessage()).contains("header.documents").contains("“SELF_EVALUATION”").contains("数组");
        assertThat(figure.getMessage()).contains("unit.staffActive").contains("“true”");
        assertThat(level.getMessage()).contains("narrative[0].level").contains("“一”").contains("整数");
    }

    @Test
    void narrativeSectionNeedsAKnownPartAndALevel() {
        ReportFormatException part = failure(edit(root -> ((ObjectNode) root.at("/narrative/1")).put("part", "preface")));
        ReportFormatException missing = failure(edit(root -> ((ObjectNode) root.at("/narrative/1")).remove("level")));
        ReportFormatException zero = failure(edit(root -> ((ObjectNode) root.at("/narrative/1")).put("level", 0)));

        assertThat(part.getMessage()).contains("narrative[1].part").contains("“preface”").contains("evaluation");
        assertThat(missing.getMessage()).contains("narrative[1].level").contains("缺少必填字段");
        assertThat(zero.getMessage()).contains("narrative[1].level").contains("“0”");
    }

    @Test
    void unknownFieldInProvenanceIsNamedWithTheWholePath() {
        ReportFormatException e = failure(edit(root -> ((ObjectNode) root.at("/unit/internalOfficeCount/at")).put("row", 3)));

        assertThat(e.field()).isEqualTo("unit.internalOfficeCount.at.row");
    }

    @Test
    void duplicateFieldIsRefused() {
        ReportFormatException e = failure("{\"formatVersion\": \"1.0\", \"formatVersion\": \"1.0\"}");

        assertThat(e.getMessage()).contains("重复");
    }

    @Test
    void missingKeyOfATableRowIsNamed() {
        ReportFormatException e = failure(edit(root -> ((ObjectNode) root.at("/finalAccounts/tables/1/rows/0")).remove("key")));

        assertThat(e.field()).isEqualTo("finalAccounts.tables[1].rows[0].key");
    }

    @Test
    void streamIsReadWithTheSameMessages() {
        byte[] bytes = edit(root -> ((ObjectNode) root.get("header")).put("fiscalYear", "二〇二一")).getBytes(StandardCharsets.UTF_8);

        ReportFormatException e = catchThrowableOfType(() -> reader.read(new ByteArrayInputStream(bytes)), ReportFormatException.class);

        assertThat(e.getMessage()).contains("header.fiscalYear").contains("二〇二一");
    }

    private ReportFormatException failure(String json) {
        return failure(reader, json);
    }

    private static ReportFormatException failure(ReportJson reader, String json) {
        ReportFormatException e = catchThrowableOfType(() -> reader.read(json), ReportFormatException.class);
        assertThat(e).as("a ReportFormatException").isNotNull();
        assertThat(e.getMessage()).doesNotContainPattern(JACKSON_TEXT);
        return e;
    }

    private String edit(Consumer<ObjectNode> change) {
        try {
            ObjectNode root = (ObjectNode) plain.readTree(SampleReports.everyPart());
            change.accept(root);
            return plain.writeValueAsString(root);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
