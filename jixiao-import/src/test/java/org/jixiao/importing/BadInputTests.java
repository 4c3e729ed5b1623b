package org.jixiao.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every refusal is one line that names the file, says why and what to do; nothing is half-imported. */
class BadInputTests {

    private final DocumentImporter importer = new DocumentImporter();

    @TempDir
    Path dir;

    @Test
    void refusesAnEmptyFile() throws Exception {
        Path empty = Files.createFile(dir.resolve("空.txt"));

        assertRefused(() -> importer.importFile(empty), "空.txt", "文件是空的");
    }

    @Test
    void refusesAFileOverTheSizeLimitWithoutReadingIt() throws Exception {
        Path big = dir.resolve("big.pdf");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(200L * 1024 * 1024); // sparse: reading it would need 200 MB of heap, the test runs in 512 MB
        }

        assertRefused(() -> importer.importFile(big), "big.pdf", "超过上限 50 MB");
    }

    @Test
    void theSizeLimitIsConfigurable() {
        DocumentImporter small = new DocumentImporter(ImportLimits.defaults().withMaxFileBytes(1024));

        assertRefused(() -> small.importFile(Seeds.path(Seeds.SEED_004)), Seeds.SEED_004, "超过上限 1024 字节");
    }

    @Test
    void refusesABinaryFileNamedTxt() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

        assertRefused(() -> importer.importBytes("报告.txt", png), "报告.txt", "不是文本文件");
    }

    @Test
    void refusesTextThatIsNeitherUtf8NorGb18030() {
        byte[] bytes = new byte[64];
        Arrays.fill(bytes, (byte) 0xFF);

        assertRefused(() -> importer.importBytes("乱码.txt", bytes), "乱码.txt", "既不是 UTF-8 也不是 GB18030");
    }

    @Test
    void refusesADocxOrPdfNamedTxt() throws Exception {
        assertRefused(() -> importer.importBytes("报告.txt", TestDocuments.seed004Docx()), "报告.txt", "ZIP 压缩包");
    }

    @Test
    void refusesCorruptDocxXlsxAndPdf() throws Exception {
        byte[] docx = TestDocuments.seed004Docx();
        byte[] truncated = Arrays.copyOf(docx, docx.length / 2);

        assertRefused(() -> importer.importBytes("坏.docx", "这不是 Word 文件".getBytes(StandardCharsets.UTF_8)), "坏.docx", "不是有效的 .docx");
        assertRefused(() -> importer.importBytes("截断.docx", truncated), "截断.docx", "文件已损坏");
        assertRefused(() -> importer.importBytes("截断.xlsx", Arrays.copyOf(TestDocuments.seed004Xlsx(), 3000)), "截断.xlsx", "文件已损坏");
        assertRefused(() -> importer.importBytes("坏.pdf", "%PDF-1.7\n这不是 PDF".getBytes(StandardCharsets.UTF_8)), "坏.pdf", "无法作为 PDF 读取");
    }

    @Test
    void refusesADocxThatIsAnXlsxInside() throws Exception {
        ImportResult wrong = null;
        try {
            wrong = importer.importBytes("表.docx", TestDocuments.seed004Xlsx());
        } catch (UnreadableDocumentException e) {
            assertThat(e.getMessage()).startsWith("无法读取文件 表.docx").doesNotContain("\n");
            return;
        }
        // POI may open the package; then nothing may be silently imported.
        assertThat(wrong.report().finalAccounts()).isNull();
    }

    @Test
    void refusesEncryptedOfficeFiles() throws Exception {
        // An encrypted OOXML file is an OLE2 container holding EncryptionInfo and EncryptedPackage.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[512]), "EncryptionInfo");
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "EncryptedPackage");
            fs.writeFilesystem(out);
        }

        assertRefused(() -> importer.importBytes("加密.xlsx", out.toByteArray()), "加密.xlsx", "加密");
        assertRefused(() -> importer.importBytes("加密.docx", out.toByteArray()), "加密.docx", "加密");
    }

    @Test
    void refusesEncryptedPdfsWithOrWithoutAUserPassword() throws Exception {
        assertRefused(() -> importer.importBytes("加密.pdf", encryptedPdf("user")), "加密.pdf", "PDF 已加密");
        assertRefused(() -> importer.importBytes("限制.pdf", encryptedPdf("")), "限制.pdf", "PDF 已加密");
    }

    @Test
    void refusesAZipBombBeforePoiInflatesIt() throws Exception {
        byte[] huge = zipWith("word/document.xml", 60 * 1024 * 1024);
        byte[] dense = zipWith("xl/worksheets/sheet1.xml", 8 * 1024 * 1024);

        assertRefused(() -> importer.importBytes("炸弹.docx", huge), "炸弹.docx", "ZIP 炸弹");
        assertRefused(() -> importer.importBytes("炸弹.xlsx", dense), "炸弹.xlsx", "ZIP 炸弹");
    }

    @Test
    void refusesXmlWithADoctypeAndNeverResolvesTheEntity() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET-VALUE");
        String doctype = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]>";
        byte[] docx = replacePart(TestDocuments.seed004Docx(), "word/document.xml",
                xml -> xml.replaceFirst("<\\?xml[^>]*\\?>", doctype).replaceFirst("<w:t>", "<w:t>&xxe;"));

        assertRefused(() -> importer.importBytes("实体.docx", docx), "实体.docx", "DOCTYPE");
        // POI refuses on its own as well: the pre-scan is a second line, not the only one.
        assertThatThrownBy(() -> new XWPFDocument(new ByteArrayInputStream(docx))).isNotNull();
    }

    private static void assertRefused(ThrowingCall call, String file, String reason) {
        assertThatThrownBy(call::run).isInstanceOf(UnreadableDocumentException.class)
                .satisfies(e -> {
                    assertThat(e.getMessage()).startsWith("无法读取文件 " + file).contains(reason).doesNotContain("\n");
                    assertThat(((UnreadableDocumentException) e).fix()).isNotBlank();
                });
    }

    @FunctionalInterface
    private interface ThrowingCall {
        void run() throws Exception;
    }

    private static byte[] encryptedPdf(String userPassword) throws Exception {
        assumeTrue(PdfImportTests.FONT.exists(), "needs fonts-wqy-zenhei");
        try (PDDocument doc = Loader.loadPDF(PdfImportTests.seed004Table05Pdf())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] zipWith(String part, int zeros) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(part));
            byte[] chunk = new byte[1024 * 1024];
            Arrays.fill(chunk, (byte) ' ');
            for (int written = 0; written < zeros; written += chunk.length) zip.write(chunk);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] replacePart(byte[] zipBytes, String part, java.util.function.UnaryOperator<String> edit) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes)); ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(part)) content = edit.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
