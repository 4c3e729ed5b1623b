package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code jixiao check} run in-process on temporary files. */
class CheckCommandTests {

    /** A report with nothing to object to. */
    private static final String CLEAN = """
            {"formatVersion": "1.0", "header": {"unitName": "测试单位", "fiscalYear": 2021}}
            """;

    /** 政府采购 20.00 + 5.00 + 4.00 = 29.00 ≠ 30.00: one ERROR (DSC-001). */
    private static final String WRONG = """
            {"formatVersion": "1.0", "header": {"unitName": "测试单位", "fiscalYear": 2021},
             "finalAccounts": {"disclosures": {"procurement": {"total": "30.00", "goods": "20.00", "works": "5.00", "services": "4.00"}}}}
            """;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Jixiao.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void exitsZeroWithoutErrors() throws Exception {
        assertThat(run("check", write("clean.json", CLEAN).toString())).isEqualTo(0);
        assertThat(out.toString()).contains("规则集 2021.1").contains("错误 0 条");
    }

    @Test
    void exitsOneWithAnErrorAndPrintsItInChinese() throws Exception {
        assertThat(run("check", write("wrong.json", WRONG).toString())).isEqualTo(1);
        assertThat(out.toString()).contains("[错误] DSC-001").contains("30.00").contains("29.00").contains("合计：1 个文件");
    }

    @Test
    void jsonOutputHasTheAgreedShape() throws Exception {
        assertThat(run("check", "--format", "json", write("wrong.json", WRONG).toString(), write("bad.json", "{").toString())).isEqualTo(2);
        JsonNode files = new ObjectMapper().readTree(out.toString()).get("files");
        assertThat(files).hasSize(2);
        JsonNode ok = files.get(0);
        assertThat(ok.get("status").asText()).isEqualTo("ok");
        assertThat(ok.get("ruleSet").asText()).isEqualTo("2021.1");
        JsonNode finding = ok.get("findings").get(0);
        assertThat(finding.get("rule").asText()).isEqualTo("DSC-001");
        assertThat(finding.get("severity").asText()).isEqualTo("ERROR");
        assertThat(finding.get("stated").asText()).isEqualTo("30.00");
        assertThat(finding.get("expected").asText()).isEqualTo("29.00");
        for (String field : new String[] {"message", "location", "formula"}) assertThat(finding.has(field)).isTrue();
        JsonNode bad = files.get(1);
        assertThat(bad.get("status").asText()).isEqualTo("unreadable");
        assertThat(bad.get("error").asText()).isNotBlank().doesNotContain("\n");
    }

    @Test
    void csvOutputHasAHeaderRow() throws Exception {
        assertThat(run("check", "--format", "csv", write("wrong.json", WRONG).toString())).isEqualTo(1);
        String[] lines = out.toString().split("\\R");
        assertThat(lines[0]).isEqualTo("file,status,ruleSet,rule,severity,location,stated,expected,formula,message,error");
        assertThat(lines[1]).contains(",ok,2021.1,DSC-001,ERROR,");
    }

    @Test
    void anUnreadableFileGivesExitTwoButTheOthersAreStillChecked() throws Exception {
        int code = run("check", write("a.docx", "not a report").toString(), write("wrong.json", WRONG).toString(),
                dir.resolve("missing.json").toString());
        assertThat(code).isEqualTo(2);
        assertThat(out.toString()).contains("a.docx 无法读取：无法读取文件 a.docx：文件已损坏").contains("无法读取：文件不存在").contains("DSC-001");
    }

    @Test
    void aDirectoryIsSearchedRecursively() throws Exception {
        write("x/clean.json", CLEAN);
        write("x/y/z/wrong.json", WRONG);
        write("x/notes.md", "not a report");
        assertThat(run("check", "--format", "json", dir.resolve("x").toString())).isEqualTo(1);
        JsonNode files = new ObjectMapper().readTree(out.toString()).get("files");
        assertThat(files).hasSize(2);
        assertThat(files.get(1).get("file").asText()).endsWith("wrong.json");
    }

    @Test
    void minimumSeverityFiltersWhatIsShownNotTheExitCode() throws Exception {
        assertThat(run("check", "--min-severity", "ERROR", "--format", "json", write("wrong.json", WRONG).toString())).isEqualTo(1);
        assertThat(new ObjectMapper().readTree(out.toString()).at("/files/0/findings")).allMatch(f -> f.get("severity").asText().equals("ERROR"));
    }

    @Test
    void wrongArgumentsGiveExitTwo() {
        assertThat(run("check", "--format", "xml", "x.json")).isEqualTo(2);
        assertThat(run("check")).isEqualTo(2);
    }

    @Test
    void plainJixiaoListsTheCommandsAndTheirOptions() {
        assertThat(run()).isEqualTo(0);
        assertThat(out.toString()).contains("check").contains("--format").contains("--min-severity");
    }

    @Test
    void checksTheSeed004FixtureWithErrors() throws Exception {
        Path fixture = Path.of("../jixiao-core/src/test/resources/fixtures/004-shifeng-2021.json");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(fixture));
        assertThat(run("check", fixture.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("SE-008").contains("DSC-001");
    }
}
