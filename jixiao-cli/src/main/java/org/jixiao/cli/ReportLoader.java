package org.jixiao.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jixiao.importing.DocumentImporter;
import org.jixiao.report.json.ReportFormatException;
import org.jixiao.report.json.ReportJson;

/**
 * The reading step of {@code check}, {@code import} and {@code bench}: a file in, a report out. The standard
 * loader reads the JSON exchange format and, through the importer, .txt, .docx, .xlsx and .pdf documents.
 */
public interface ReportLoader {

    /** Reads one file: the report and, for a document, what the importer could not place (as INFO findings). */
    LoadedReport load(Path file) throws UnreadableInputException;

    /** The file extensions (lower case, without the dot) this loader reads; directories are searched for them. */
    Set<String> extensions();

    /** The loader the commands use: canonical JSON and every document format the importer reads. */
    static ReportLoader standard() {
        return new StandardReportLoader(json(), new DocumentImporter());
    }

    /** Reads {@code .json} reports in format 1.0; anything else is unreadable. */
    static ReportLoader json() {
        return new ReportLoader() {
            private final ReportJson reader = new ReportJson();

            @Override
            public LoadedReport load(Path file) throws UnreadableInputException {
                if (!Files.exists(file)) throw new UnreadableInputException(file, "文件不存在");
                if (!Files.isRegularFile(file)) throw new UnreadableInputException(file, "不是文件");
                String extension = extension(file);
                if (!extensions().contains(extension)) {
                    throw new UnreadableInputException(file, "暂不支持“." + extension + "”格式，目前只能读取 .json 报告（交换格式 1.0）");
                }
                try {
                    return new LoadedReport(reader.read(Files.readString(file, StandardCharsets.UTF_8)), List.of());
                } catch (ReportFormatException e) {
                    throw new UnreadableInputException(file, e.getMessage(), e);
                } catch (IOException | RuntimeException e) {
                    throw new UnreadableInputException(file, "读取失败：" + e.getMessage(), e);
                }
            }

            @Override
            public Set<String> extensions() {
                return Set.of("json");
            }
        };
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
