package org.jixiao.cli;

import java.nio.file.Path;
import java.util.Set;
import org.jixiao.importing.DocumentImporter;
import org.jixiao.importing.ImportNote;
import org.jixiao.importing.ImportResult;
import org.jixiao.importing.UnreadableDocumentException;
import org.jixiao.rules.Finding;
import org.jixiao.rules.Location;
import org.jixiao.rules.Severity;

/**
 * Reads {@code .json} reports as they are and imports {@code .txt}, {@code .docx}, {@code .xlsx} and
 * {@code .pdf} documents. What the importer could not place becomes an INFO finding {@code IMP-001} naming
 * the place, so nothing is dropped silently (issue Import §2).
 */
final class StandardReportLoader implements ReportLoader {

    /** The rule id of an importer note; listed in docs/rules.md. */
    static final String IMPORT_NOTE_RULE = "IMP-001";

    private static final Set<String> DOCUMENTS = Set.of("txt", "docx", "xlsx", "pdf");

    private final ReportLoader json;
    private final DocumentImporter importer;

    StandardReportLoader(ReportLoader json, DocumentImporter importer) {
        this.json = json;
        this.importer = importer;
    }

    @Override
    public LoadedReport load(Path file) throws UnreadableInputException {
        if (!DOCUMENTS.contains(ReportLoader.extension(file))) return json.load(file);
        try {
            ImportResult result = importer.importFile(file);
            return new LoadedReport(result.report(), result.notes().stream().map(StandardReportLoader::finding).toList());
        } catch (UnreadableDocumentException e) {
            throw new UnreadableInputException(file, e.getMessage(), e);
        } catch (RuntimeException e) {
            // A reader bug must still not reach the user as a stack trace; the file is named and the rest go on.
            throw new UnreadableInputException(file, "无法解析文档（" + e.getClass().getSimpleName() + "）；请将该文件报告给维护者", e);
        }
    }

    @Override
    public Set<String> extensions() {
        return Set.of("json", "txt", "docx", "xlsx", "pdf");
    }

    private static Finding finding(ImportNote note) {
        Location where = new Location("导入", null, null, null, note.place(), null, note.at());
        return new Finding(IMPORT_NOTE_RULE, Severity.INFO, "未能导入：" + note.reason(), where, null, null, null);
    }
}
