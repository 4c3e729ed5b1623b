package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * {@code check --threads N} over a directory of good, wrong and unreadable files in every format: the output
 * (text, JSON, CSV) and the exit code are byte for byte those of {@code --threads 1}, whatever order the workers
 * finish in.
 */
class ParallelCheckTests {

    private static final Path SEEDS = Path.of(System.getProperty("jixiao.seeds", "/work/shared/seeds"));
    private static final Path CONVERTED = Path.of("../jixiao-import/src/test/resources/seeds-converted");

    @TempDir
    static Path dir;

    @BeforeAll
    static void mixedDirectory() throws Exception {
        write("a/clean.json", """
                {"formatVersion": "1.0", "header": {"unitName": "测试单位", "fiscalYear": 2021}}
                """);
        write("a/wrong.json", """
                {"formatVersion": "1.0", "header": {"unitName": "测试单位", "fiscalYear": 2021},
                 "finalAccounts": {"disclosures": {"procurement": {"total": "30.00", "goods": "20.00", "works": "5.00", "services": "4.00"}}}}
                """);
        write("a/broken.json", "{");
        write("b/empty.txt", "");
        Files.write(dir.resolve("b/binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 3, 0, 0});
        write("b/corrupt.docx", "PK\u0003\u0004 truncated");
        write("b/corrupt.pdf", "%PDF-1.4 nothing else");
        write("b/notes.md", "not a report, not listed");
        Files.createDirectories(dir.resolve("c"));
        Files.createDirectories(dir.resolve("d"));
        if (Files.isDirectory(SEEDS)) {
            try (var seeds = Files.list(SEEDS)) {
                for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
                    Files.copy(seed, dir.resolve("c/" + seed.getFileName()));
                }
            }
        }
        for (String name : new String[] {"seed-004.docx", "seed-004.pdf"}) {
            Path converted = CONVERTED.resolve(name);
            if (Files.exists(converted)) Files.copy(converted, dir.resolve("d/" + name));
        }
        // Synthetic reports: full reports, some with injected errors (their truth files are read as unreadable reports).
        CommandLine synth = Jixiao.commandLine();
        synth.setOut(new PrintWriter(new StringWriter()));
        assertThat(synth.execute("synth", "--out", dir.resolve("e").toString(), "--units", "6", "--seed", "3", "--inject-rate", "0.5")).isEqualTo(0);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"text", "json", "csv"})
    void manyThreadsWriteTheSameBytesAsOne(String format) {
        Run one = run("check", "--format", format, "--threads", "1", dir.toString());
        Run two = run("check", "--format", format, "--threads", "2", dir.toString());
        Run five = run("check", "--format", format, "--threads", "5", dir.toString());

        assertThat(one.code()).isEqualTo(2);
        assertThat(one.out()).contains("corrupt.docx").contains("seed-004.docx").contains("wrong.json").contains("seed-004.pdf").doesNotContain("notes.md");
        assertThat(two).isEqualTo(one);
        assertThat(five).isEqualTo(one);
    }

    @Test
    void theDefaultIsOneThreadPerProcessorWithTheSameOutput() {
        assertThat(run("check", "--format", "json", dir.resolve("a").toString(), dir.resolve("e").toString()))
                .isEqualTo(run("check", "--format", "json", "--threads", "1", dir.resolve("a").toString(), dir.resolve("e").toString()));
    }

    @Test
    void filesFinishingOutOfOrderAreStillWrittenInOrder() {
        // A loader that sleeps a random time per file, so the workers finish in a different order each run.
        ReportLoader standard = ReportLoader.standard();
        ReportLoader jittery = new ReportLoader() {
            @Override
            public LoadedReport load(Path file) throws UnreadableInputException {
                try {
                    Thread.sleep(ThreadLocalRandom.current().nextInt(20));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return standard.load(file);
            }

            @Override
            public Set<String> extensions() {
                return standard.extensions();
            }
        };
        Run one = run(new CheckCommand(jittery), "--format", "csv", "--threads", "1", dir.toString());
        for (int i = 0; i < 3; i++) assertThat(run(new CheckCommand(jittery), "--format", "csv", "--threads", "3", dir.toString())).isEqualTo(one);
    }

    @Test
    void exitCodesAreThoseOfOneThread() {
        assertThat(run("check", "--threads", "2", dir.resolve("a/clean.json").toString(), dir.resolve("a/clean.json").toString()).code()).isEqualTo(0);
        assertThat(run("check", "--threads", "2", dir.resolve("a/clean.json").toString(), dir.resolve("a/wrong.json").toString()).code()).isEqualTo(1);
        assertThat(run("check", "--threads", "2", dir.resolve("a/wrong.json").toString(), dir.resolve("b/empty.txt").toString()).code()).isEqualTo(2);
    }

    @Test
    void aThreadCountBelowOneIsRefused() {
        Run zero = run("check", "--threads", "0", dir.resolve("a/clean.json").toString());
        assertThat(zero.code()).isEqualTo(2);
        assertThat(zero.err()).contains("--threads");
    }

    @Test
    void parseOnlyReadsWithoutChecking() {
        Run read = run("check", "--parse-only", "--threads", "2", dir.resolve("a").toString());
        assertThat(read.code()).isEqualTo(2);
        assertThat(read.out()).contains("已读取：3 个文件（1 个无法读取）").doesNotContain("DSC-001");
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        return run(null, args);
    }

    private static Run run(CheckCommand command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = command == null ? Jixiao.commandLine() : new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static void write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
