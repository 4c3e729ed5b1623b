package org.jixiao.server.reports;

import java.util.List;
import org.jixiao.importing.DocumentImporter;
import org.jixiao.importing.ImportResult;
import org.jixiao.importing.UnreadableDocumentException;
import org.jixiao.report.domain.Report;
import org.jixiao.server.problems.Invalid;
import org.springframework.stereotype.Component;

/**
 * Reads an uploaded DOCX, XLSX, PDF or text report with the importer, for every feature that takes one (a new
 * report, an import into the editor): the shown file name, the refusal of an unreadable file or of a file of another
 * fiscal year, and the importer's notes as lines.
 */
@Component
public class UploadedReports {

    /** What was read: the name as shown, the report, what could not be placed, and the format recognised. */
    public record Read(String name, Report report, List<String> notes, String format) {}

    private final DocumentImporter importer = new DocumentImporter();

    /**
     * Reads the upload; refuses it (naming the file) when it cannot be read or is not a report of {@code year}, and
     * then says what to do: {@code otherYearFix}.
     */
    public Read read(String uploadedName, byte[] bytes, int year, String otherYearFix) {
        String name = safeName(uploadedName);
        if (bytes == null || bytes.length == 0) throw new Invalid("请选择要导入的文件（DOCX、XLSX、PDF 或文本）。");
        ImportResult result;
        try {
            result = importer.importBytes(name, bytes);
        } catch (UnreadableDocumentException e) {
            throw new Invalid("无法读取文件 " + name + "：" + e.getMessage());
        }
        int stated = result.report().header().fiscalYear();
        if (stated != year) throw new Invalid("文件 " + name + " 是" + stated + "年度的报告，而不是" + year + "年度的：" + otherYearFix);
        return new Read(name, result.report(), result.notes().stream().map(Object::toString).toList(), String.valueOf(result.format()));
    }

    /** The last part of an uploaded name, without path or control characters: names are shown, never used as paths. */
    public static String safeName(String uploaded) {
        String name = uploaded == null ? "" : uploaded.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) name = "上传文件";
        return name.length() > 120 ? name.substring(name.length() - 120) : name;
    }
}
