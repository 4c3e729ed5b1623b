package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jixiao.checking.StandardRuleKinds;
import org.jixiao.rules.CheckResult;
import org.jixiao.rules.Finding;
import org.jixiao.rules.RuleEngine;
import org.jixiao.rules.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao check}: reads each report, runs every rule of its fiscal year and lists the findings. Exit 0
 * without ERROR, 1 with at least one ERROR, 2 when an input is unreadable or the arguments are wrong (the
 * other files are still checked).
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = "核查报告：逐一列出不一致之处及其数字依据。",
        footer = {"", "退出码：0 无错误；1 至少一条错误；2 有文件无法读取、参数有误或规则库有误。"})
public class CheckCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json, csv }

    /** The lowest severity shown. */
    enum MinSeverity {
        info(Severity.INFO), warning(Severity.WARNING), error(Severity.ERROR);

        final Severity severity;

        MinSeverity(Severity severity) {
            this.severity = severity;
        }
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "输出格式：text、json 或 csv（默认 ${DEFAULT-VALUE}）")
    Format format;

    @Option(names = "--min-severity", defaultValue = "info", description = "显示的最低级别：info、warning 或 error（默认 ${DEFAULT-VALUE}）")
    MinSeverity minSeverity;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "报告文件或目录（目录递归查找）")
    List<Path> paths;

    private final ReportLoader loader;
    private RuleEngine engine;

    public CheckCommand() {
        this(ReportLoader.standard());
    }

    public CheckCommand(ReportLoader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() {
        List<FileOutcome> outcomes = new ArrayList<>();
        for (Path path : paths) {
            for (Path file : expand(path, outcomes)) outcomes.add(check(file));
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> FindingsWriter.json(outcomes, out);
            case csv -> FindingsWriter.csv(outcomes, out);
            default -> FindingsWriter.text(outcomes, out);
        }
        if (outcomes.stream().anyMatch(o -> !o.readable())) return 2;
        return outcomes.stream().anyMatch(o -> o.result().hasErrors()) ? 1 : 0;
    }

    private FileOutcome check(Path file) {
        LoadedReport loaded;
        try {
            loaded = loader.load(file);
        } catch (UnreadableInputException e) {
            return FileOutcome.unreadable(file.toString(), e.reason());
        }
        CheckResult checked = engine().check(loaded.report());
        List<Finding> all = new ArrayList<>(checked.findings());
        all.addAll(loaded.notes());
        CheckResult result = new CheckResult(checked.ruleSetVersion(), checked.ruleSetYear(), all);
        List<Finding> shown = result.findings().stream().filter(f -> f.severity().atLeast(minSeverity.severity)).toList();
        return FileOutcome.checked(file.toString(), result, shown);
    }

    /** A file as itself; a directory as the readable files under it, sorted. */
    private List<Path> expand(Path path, List<FileOutcome> outcomes) {
        if (!Files.isDirectory(path)) return List.of(path);
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile).filter(p -> loader.extensions().contains(ReportLoader.extension(p))).sorted().toList();
        } catch (IOException e) {
            outcomes.add(FileOutcome.unreadable(path.toString(), "目录无法读取：" + e.getMessage()));
            return List.of();
        }
    }

    private RuleEngine engine() {
        if (engine == null) engine = StandardRuleKinds.engine();
        return engine;
    }
}
