package org.jixiao.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.fixtures.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading then writing a canonical document gives the same JSON (docs/report-format.md, "Canonical writing"). */
class ReportJsonRoundTripTests {

    private final ReportJson json = new ReportJson();
    private final ObjectMapper plain = new ObjectMapper();

    static List<Path> fixtures() {
        return Fixtures.all();
    }

    @Test
    void findsTheFixtures() {
        assertThat(fixtures()).extracting(p -> p.getFileName().toString())
                .contains("000-lusong-2024.json", "002-furong-2021.json");
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void readingThenWritingGivesTheSameJsonTree(Path fixture) throws JsonProcessingException {
        String file = Fixtures.text(fixture);

        String written = json.write(json.read(file));

        assertThat(plain.readTree(written)).isEqualTo(plain.readTree(file));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void readingAnEditedTreeGivesWhatReadingItsTextGives(Path fixture) {
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) json.parseTree(Fixtures.text(fixture));
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("header")).put("unitName", "改过的单位名称");

        var fromTree = json.read(tree);

        assertThat(fromTree).isEqualTo(json.read(tree.toString()));
        assertThat(fromTree.header().unitName()).isEqualTo("改过的单位名称");
        tree.remove("formatVersion");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> json.read(tree)).isInstanceOf(ReportFormatException.class)
                .hasMessageContaining("formatVersion");
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void writingAgainAfterReadingTheWrittenTextChangesNothing(Path fixture) {
        String once = json.write(json.read(Fixtures.text(fixture)));

        String twice = json.write(json.read(once));

        assertThat(twice).isEqualTo(once);
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void fixtureIsStoredInCanonicalLayout(Path fixture) {
        String file = Fixtures.text(fixture);

        assertThat(json.write(json.read(file)))
                .as("%s is not in the canonical layout: write it with ReportJson.write (fixtures/README.md)", fixture.getFileName())
                .isEqualTo(file);
    }

    @Test
    void aReportUsingEveryPartOfTheModelSurvivesTheRoundTrip() throws JsonProcessingException {
        String sample = SampleReports.everyPart();

        String written = json.write(json.read(sample));

        assertThat(plain.readTree(written)).isEqualTo(plain.readTree(sample));
        assertThat(json.write(json.read(written))).isEqualTo(written);
    }

    @Test
    void treeOfTheModelEqualsTheFileTree() throws JsonProcessingException {
        String file = Fixtures.text(Fixtures.named("002-furong-2021.json"));

        JsonNode tree = json.tree(json.read(file));

        assertThat(tree).isEqualTo(plain.readTree(file));
    }
}
