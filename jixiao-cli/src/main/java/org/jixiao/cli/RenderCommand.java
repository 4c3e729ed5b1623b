package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.jixiao.rendering.OfficialDocuments;
import org.jixiao.rendering.RenderFormat;
import org.jixiao.rendering.RenderingException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao render --format docx|pdf|xlsx|html --out DIR REPORT.json…}: renders each report's official
 * documents (docs/rendering.md). Inputs are read by the standard loader, so published documents work too. An
 * unreadable input is one line on standard error and exit code 2; the others are still rendered. Each file is
 * written whole (a temporary file beside it, then moved into place).
 */
@Command(name = "render", mixinStandardHelpOptions = true, sortOptions = false,
        description = "生成公开文档（部门决算公开、绩效评价报告与自评表）：HTML、PDF、Word、Excel。",
        footer = {"", "退出码：0 已生成；2 有输入无法读取、无法写入或缺少字体（每个问题一行，列在标准错误输出中）。"})
public class RenderCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, split = ",", paramLabel = "docx|pdf|xlsx|html",
            description = "输出格式，可用逗号分隔多个：${COMPLETION-CANDIDATES}")
    List<RenderFormat> formats;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "输出目录（不存在时创建）")
    Path out;

    @Parameters(paramLabel = "REPORT", arity = "1..*", description = "报告（.json 交换格式，或 .txt/.docx/.xlsx/.pdf 文档）")
    List<Path> reports;

    private final ReportLoader loader;

    public RenderCommand() {
        this(ReportLoader.standard());
    }

    public RenderCommand(ReportLoader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        int exit = 0;
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            err.println("无法创建输出目录 " + out + "：" + e.getMessage());
            err.flush();
            return 2;
        }
        OfficialDocuments documents = new OfficialDocuments();
        for (Path file : reports) {
            LoadedReport loaded;
            try {
                loaded = loader.load(file);
            } catch (UnreadableInputException e) {
                err.println(file + "：" + e.reason());
                exit = 2;
                continue;
            }
            for (RenderFormat format : formats) {
                Path target = out.resolve(OfficialDocuments.fileName(loaded.report(), format));
                try {
                    writeWhole(target, documents.render(loaded.report(), format));
                    err.println("已生成 " + target);
                } catch (RenderingException e) {
                    err.println(file + "：" + e.getMessage());
                    exit = 2;
                } catch (RuntimeException e) {
                    // A renderer bug must not reach the user as a stack trace; the file is named and the rest go on.
                    err.println(file + "：无法生成" + format.extension() + "（" + e.getClass().getSimpleName() + "：" + e.getMessage() + "）；请将该报告提交给维护者");
                    exit = 2;
                } catch (IOException e) {
                    err.println("无法写入 " + target + "：" + e.getMessage() + "。请检查目录是否可写、磁盘是否已满");
                    exit = 2;
                }
            }
        }
        err.flush();
        return exit;
    }

    /** Writes to a temporary file beside the target, then moves it into place, so no half-written file remains. */
    static void writeWhole(Path target, byte[] content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".part");
        try {
            Files.write(temporary, content);
            try {
                // Published documents are readable by others (a temporary file is created owner-only).
                Files.setPosixFilePermissions(temporary, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: the default permissions stay.
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
