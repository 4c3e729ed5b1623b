package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.jixiao.report.json.ReportJson;
import org.jixiao.rules.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao import FILE [--out REPORT.json]}: reads a published document (text, DOCX, XLSX, PDF) into the
 * canonical JSON with provenance, so that what {@code check} sees can be inspected and edited. What could not
 * be placed is listed on standard error. The output file is written whole or not at all.
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = "导入文档（.txt/.docx/.xlsx/.pdf）为规范 JSON（含每个数值的来源）。",
        footer = {"", "退出码：0 已导入；2 文件无法读取或参数有误。未能导入的内容逐条列在标准错误输出中。"})
public class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "要导入的文档")
    Path file;

    @Option(names = "--out", paramLabel = "REPORT.json", description = "写入此文件（默认写到标准输出）")
    Path out;

    private final ReportLoader loader;

    public ImportCommand() {
        this(ReportLoader.standard());
    }

    public ImportCommand(ReportLoader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        LoadedReport loaded;
        try {
            loaded = loader.load(file);
        } catch (UnreadableInputException e) {
            err.println(e.reason());
            err.flush();
            return 2;
        }
        String json = new ReportJson().write(loaded.report());
        for (Finding note : loaded.notes()) {
            err.println("[提示] " + note.rule() + " " + note.location().describe() + "：" + note.message());
        }
        err.flush();
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(json);
            stdout.flush();
            return 0;
        }
        try {
            writeWhole(out, json);
        } catch (IOException e) {
            err.println("无法写入 " + out + "：" + e.getMessage() + "。请检查目录是否存在、是否可写、磁盘是否已满");
            err.flush();
            return 2;
        }
        err.println("已写入 " + out + "（" + loaded.notes().size() + " 条未能导入的内容）");
        err.flush();
        return 0;
    }

    /** Writes to a temporary file beside the target, then moves it into place, so no half-written file remains. */
    static void writeWhole(Path target, String content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Path temporary = Files.createTempFile(directory, "." + absolute.getFileName(), ".part");
        try {
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
