package org.jixiao.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jixiao.checking.StandardRuleKinds;
import org.jixiao.rules.CheckResult;
import org.jixiao.rules.Finding;
import org.jixiao.rules.RuleEngine;
import org.jixiao.rules.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao check}: reads each report, runs every rule of its fiscal year and lists the findings. Exit 0
 * without ERROR, 1 with at least one ERROR, 2 when an input is unreadable or the arguments are wrong (the
 * other files are still checked). Many files are checked on {@code --threads} workers (default: one per
 * processor) and written in the order of the files, the same bytes as with one thread.
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

    @Option(names = "--threads", paramLabel = "N", description = "同时核查的文件数（默认为处理器核数，本机 ${DEFAULT-VALUE}）；输出顺序与单线程相同")
    int threads = Runtime.getRuntime().availableProcessors();

    /** Reads the files without checking them: the parse-only half of docs/benchmarks.md's bulk ratio. */
    @Option(names = "--parse-only", hidden = true)
    boolean parseOnly;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "报告文件或目录（目录递归查找）")
    List<Path> paths;

    /** Files in flight (being read, checked or waiting to be written) per thread. */
    static final int WINDOW_PER_THREAD = 8;

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
        if (threads < 1) throw new ParameterException(spec.commandLine(), "--threads 须为正整数（收到 " + threads + "）");
        List<Item> items = new ArrayList<>();
        for (Path path : paths) expand(path, items);
        // Buffered: one write per file instead of one per line; each file is flushed as soon as it is written.
        PrintWriter out = new PrintWriter(new BufferedWriter(spec.commandLine().getOut(), 1 << 16), false);
        if (parseOnly) return parseOnly(items, out);
        FindingsWriter writer = FindingsWriter.of(format, out);
        boolean[] unreadableOrErrors = new boolean[2];
        writer.begin();
        inOrder(items, this::check, outcome -> {
            if (!outcome.readable()) unreadableOrErrors[0] = true;
            else if (outcome.result().hasErrors()) unreadableOrErrors[1] = true;
            writer.write(outcome);
        });
        writer.end();
        if (unreadableOrErrors[0]) return 2;
        return unreadableOrErrors[1] ? 1 : 0;
    }

    /** Reads every file without checking it (the reading half of a bulk check, for docs/benchmarks.md). */
    private int parseOnly(List<Item> items, PrintWriter out) {
        int[] counts = new int[2];
        inOrder(items, this::read, outcome -> {
            counts[0]++;
            if (!outcome.readable()) counts[1]++;
        });
        out.println("已读取：" + counts[0] + " 个文件" + (counts[1] > 0 ? "（" + counts[1] + " 个无法读取）" : "") + "，未核查");
        out.flush();
        return counts[1] > 0 ? 2 : 0;
    }

    /**
     * Gives every item's outcome to {@code sink} in the order of {@code items}. With one thread each file is done
     * on the calling thread; with more, a fixed pool works on at most {@link #WINDOW_PER_THREAD} files per thread
     * ahead of the one being written, so the output streams, its order does not depend on the timing and memory
     * holds a bounded number of outcomes (never the reports: a worker keeps only the findings).
     */
    private void inOrder(List<Item> items, Function<Path, FileOutcome> work, Consumer<FileOutcome> sink) {
        if (threads == 1 || items.size() < 2) {
            for (Item item : items) sink.accept(item.done() != null ? item.done() : work.apply(item.file()));
            return;
        }
        int window = threads * WINDOW_PER_THREAD;
        AtomicInteger number = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, items.size()), task -> {
            Thread thread = new Thread(task, "jixiao-check-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<FileOutcome>> inFlight = new ArrayDeque<>();
            Iterator<Item> next = items.iterator();
            while (next.hasNext() || !inFlight.isEmpty()) {
                while (next.hasNext() && inFlight.size() < window) {
                    Item item = next.next();
                    inFlight.add(item.done() != null ? CompletableFuture.completedFuture(item.done()) : pool.submit(() -> work.apply(item.file())));
                }
                sink.accept(await(inFlight.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The outcome of a worker; what the worker threw is thrown here as it would have been on one thread. */
    private static FileOutcome await(Future<FileOutcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("核查被中断", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause.getMessage(), cause);
        }
    }

    private FileOutcome read(Path file) {
        try {
            loader.load(file);
            return FileOutcome.checked(file.toString(), null, List.of());
        } catch (UnreadableInputException e) {
            return FileOutcome.unreadable(file.toString(), e.reason());
        }
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

    /** A file to check, or the outcome already known (a directory that cannot be listed). */
    private record Item(Path file, FileOutcome done) {
    }

    /** A file as itself; a directory as the readable files under it, sorted. */
    private void expand(Path path, List<Item> items) {
        if (!Files.isDirectory(path)) {
            items.add(new Item(path, null));
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.filter(Files::isRegularFile).filter(p -> loader.extensions().contains(ReportLoader.extension(p))).sorted()
                    .forEach(p -> items.add(new Item(p, null)));
        } catch (IOException | UncheckedIOException e) {
            items.add(new Item(null, FileOutcome.unreadable(path.toString(), "目录无法读取：" + e.getMessage())));
        }
    }

    private synchronized RuleEngine engine() {
        if (engine == null) engine = StandardRuleKinds.engine();
        return engine;
    }
}
