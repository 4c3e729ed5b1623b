package org.jixiao.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jixiao.importing.docx.DocxReader;
import org.jixiao.importing.document.SourceDocumentText;
import org.jixiao.importing.mapping.ReportMapper;
import org.jixiao.importing.pdf.PdfReader;
import org.jixiao.importing.txt.PlainTextReader;
import org.jixiao.importing.xlsx.XlsxReader;

/**
 * Imports a published document (导入) — text, DOCX, XLSX or PDF — into the canonical report, with notes on
 * what could not be placed. The format comes from the file name and is confirmed by the content; the size
 * limit is checked before a single byte is read. Refusals are {@link UnreadableDocumentException}s with one
 * line naming the file, the reason and the fix.
 */
public final class DocumentImporter {

    private final ImportLimits limits;

    public DocumentImporter() {
        this(ImportLimits.defaults());
    }

    public DocumentImporter(ImportLimits limits) {
        this.limits = limits;
    }

    public ImportResult importFile(Path file) throws UnreadableDocumentException {
        String name = file.getFileName().toString();
        long size;
        try {
            if (!Files.isRegularFile(file)) throw UnreadableDocumentException.of(name, "文件不存在或不是普通文件", "请检查路径");
            size = Files.size(file);
        } catch (IOException e) {
            throw new UnreadableDocumentException(name, null, "无法读取文件大小（" + e.getMessage() + "）", "请检查文件权限", e);
        }
        checkSize(name, size);
        try {
            return importBytes(name, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UnreadableDocumentException(name, null, "读取失败（" + e.getMessage() + "）", "请检查文件权限", e);
        }
    }

    public ImportResult importBytes(String fileName, byte[] bytes) throws UnreadableDocumentException {
        checkSize(fileName, bytes.length);
        DocumentFormat format = DocumentFormat.fromFileName(fileName);
        Content content = Content.sniff(bytes);
        if (format == DocumentFormat.TXT && content != Content.TEXT) {
            throw UnreadableDocumentException.of(fileName, "扩展名表示文本文件，内容却是 " + content.label + "（二进制）",
                    "请以正确的扩展名（.docx/.xlsx/.pdf）提交，或导出为 UTF-8 文本");
        }
        SourceDocumentText text = switch (format) {
            case TXT -> new PlainTextReader().read(fileName, bytes);
            case DOCX -> new DocxReader(limits).read(fileName, bytes, content);
            case XLSX -> new XlsxReader(limits).read(fileName, bytes, content);
            case PDF -> new PdfReader(limits).read(fileName, bytes);
        };
        ReportMapper.Mapped mapped = ReportMapper.map(text, format.label(), sha256(bytes));
        return new ImportResult(mapped.report(), mapped.notes(), format);
    }

    private void checkSize(String name, long size) throws UnreadableDocumentException {
        if (size == 0) throw UnreadableDocumentException.of(name, "文件是空的（0 字节）", "请检查导出或上传是否完整");
        if (size > limits.maxFileBytes()) {
            throw UnreadableDocumentException.of(name, "文件大小 " + (size / ImportLimits.MB) + " MB 超过上限 " + limits.maxFileLabel(),
                    "请拆分文件或只提交决算与自评部分");
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
