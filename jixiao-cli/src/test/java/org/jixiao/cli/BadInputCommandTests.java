package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Bad inputs on the command line: {@code check} names the file on one line, exits 2 and still checks the good file
 * beside it; {@code import} exits 2 and leaves no output file behind. And {@code import --out} writes JSON that
 * {@code check} reads back with the same findings.
 */
class BadInputCommandTests {

    private static final Path SEED_004 = Path.of(System.getProperty("jixiao.seeds", "/work/shared/seeds"), "004_68430ab860a868e4.txt");

    /** A report with one ERROR (政府采购 20.00 + 5.00 + 4.00 ≠ 30.00). */
    private static final String GOOD = """
            {"formatVersion": "1.0", "header": {"unitName": "测试单位", "fiscalYear": 2021},
             "finalAccounts": {"disclosures": {"procurement": {"total": "30.00", "goods": "20.00", "works": "5.00", "services": "4.00"}}}}
            """;

    @TempDir
    static Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    static Stream<Arguments> badFiles() throws Exception {
        return Stream.of(
                Arguments.of("empty.txt", write("empty.txt", new byte[0])),
                Arguments.of("binary.txt", write("binary.txt", new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 3, 0, 0})),
                Arguments.of("corrupt.docx", write("corrupt.docx", "PK\u0003\u0004 truncated".getBytes(StandardCharsets.ISO_8859_1))),
                Arguments.of("encrypted.pdf", write("encrypted.pdf", encryptedPdf())),
                Arguments.of("bomb.xlsx", write("bomb.xlsx", zipBomb())),
                Arguments.of("huge.txt", sparse("huge.txt", 200L * 1024 * 1024)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void checkNamesTheBadFileOnOneLineExitsTwoAndStillChecksTheGoodOne(String name, Path bad) throws Exception {
        Path good = write("good.json", GOOD.getBytes(StandardCharsets.UTF_8));

        assertThat(run("check", bad.toString(), good.toString())).isEqualTo(2);

        assertThat(out.toString().lines().filter(l -> l.contains(name))).singleElement().satisfies(l -> assertThat(l).contains("无法读取"));
        assertThat(out.toString()).contains("DSC-001").contains("合计：2 个文件（1 个无法读取）");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void importOfABadFileExitsTwoAndWritesNothing(String name, Path bad) throws Exception {
        Path target = dir.resolve("out-" + name + ".json");

        assertThat(run("import", bad.toString(), "--out", target.toString())).isEqualTo(2);

        assertThat(target).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(f -> f.startsWith(".out-"));
        }
        assertThat(err.toString()).contains(name);
    }

    @Test
    void importedJsonIsCheckedWithTheSameFindingsAsTheDocument() throws Exception {
        assumeTrue(Files.exists(SEED_004), "needs the seeds (system property jixiao.seeds)");
        Path json = dir.resolve("004.json");

        assertThat(run("import", SEED_004.toString(), "--out", json.toString())).isEqualTo(0);

        assertThat(CrossFormatCheckTests.errors(json)).isEqualTo(CrossFormatCheckTests.errors(SEED_004)).isNotEmpty();
        assertThat(allFindings(json)).isEqualTo(allFindings(SEED_004).stream().filter(f -> !f.startsWith(StandardReportLoader.IMPORT_NOTE_RULE)).toList());
    }

    /** Every finding as "severity rule stated expected", sorted (importer notes only come with the document). */
    private static java.util.List<String> allFindings(Path file) throws Exception {
        StringWriter json = new StringWriter();
        CommandLine cli = Jixiao.commandLine();
        cli.setOut(new PrintWriter(json));
        cli.setErr(new PrintWriter(new StringWriter()));
        cli.execute("check", "--format", "json", file.toString());
        java.util.List<String> all = new java.util.ArrayList<>();
        for (var f : new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toString()).at("/files/0/findings")) {
            all.add(f.get("rule").asText() + " " + f.get("severity").asText() + " " + f.path("stated").asText() + " " + f.path("expected").asText());
        }
        all.sort(null);
        return all;
    }

    private int run(String... args) {
        CommandLine cli = Jixiao.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private static Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    /** A file of the given length that takes no disk space: only its length is set. */
    private static Path sparse(String name, long length) throws Exception {
        Path file = dir.resolve(name);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(length);
        }
        return file;
    }

    private static byte[] encryptedPdf() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }

    /** A workbook whose sheet inflates to 60 MB of spaces from about 60 KB. */
    private static byte[] zipBomb() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] chunk = new byte[1024 * 1024];
            Arrays.fill(chunk, (byte) ' ');
            for (int i = 0; i < 60; i++) zip.write(chunk);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
