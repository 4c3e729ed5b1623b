package org.jixiao.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jixiao.checking.StandardRuleKinds;
import org.jixiao.report.domain.Report;
import org.jixiao.rules.RuleEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao bench}: a plain benchmark harness (not a timed test, docs/benchmarks.md). After a warm-up it
 * measures, on one thread, (1) all rules over each already-read report, (2) reading alone and (3) reading
 * plus checking, and prints milliseconds per report, documents per second and the ratio of (3) to (2). Each
 * measurement also reports the CPU time of the measuring thread per item ({@code ThreadMXBean}), which a busy
 * neighbour on a shared machine disturbs far less than the wall clock. {@code --rounds N} measures (1) N times in a
 * row and reports the last, printing every round's CPU time: on a loaded machine the JIT may not be done after the
 * warm-up, and the rounds show when the numbers settle.
 */
@Command(name = "bench", hidden = true, mixinStandardHelpOptions = true,
        description = "基准测试：读取与核查的速度（预热后单线程测量）。")
public class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--warmup-seconds", defaultValue = "5", description = "预热时间（秒，默认 ${DEFAULT-VALUE}）")
    double warmupSeconds;

    @Option(names = "--seconds", defaultValue = "10", description = "每项测量时间（秒，默认 ${DEFAULT-VALUE}）")
    double seconds;

    @Option(names = "--rounds", defaultValue = "1",
            description = "“仅核查”连续测量的轮数（默认 ${DEFAULT-VALUE}）；多于一轮时逐轮打印 CPU 时间，最后一轮计入结果")
    int rounds;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "报告文件或目录")
    List<Path> paths;

    private final ReportLoader loader;

    public BenchCommand() {
        this(ReportLoader.standard());
    }

    public BenchCommand(ReportLoader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> loader.extensions().contains(ReportLoader.extension(f)))
                            .sorted().forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        RuleEngine engine = StandardRuleKinds.engine();
        List<Report> reports = new ArrayList<>();
        for (Path file : files) reports.add(loader.load(file).report());

        long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
        while (System.nanoTime() < warmupEnd) {
            for (int i = 0; i < files.size(); i++) {
                engine.check(loader.load(files.get(i)).report());
            }
        }
        // On a busy machine the compiler threads may still be at work after a wall-clock warm-up: later rounds show
        // when the checking code has settled.
        List<Measured> checkRounds = new ArrayList<>();
        for (int round = 0; round < Math.max(1, rounds); round++) {
            checkRounds.add(measure(() -> {
                for (Report report : reports) engine.check(report);
            }, reports.size()));
        }
        Measured check = checkRounds.get(checkRounds.size() - 1);
        Measured read = measure(() -> {
            for (Path file : files) loader.load(file);
        }, files.size());
        Measured both = measure(() -> {
            for (Path file : files) engine.check(loader.load(file).report());
        }, files.size());

        out.printf(Locale.ROOT, "files: %d (%s)%n", files.size(), files.stream().map(p -> p.getFileName().toString()).toList());
        out.printf(Locale.ROOT, "check only (all rules, report already read): %.3f ms/report%n", check.millisPerItem());
        out.printf(Locale.ROOT, "read only:   %.3f ms/document, %.1f documents/s%n", read.millisPerItem(), read.perSecond());
        out.printf(Locale.ROOT, "read+check:  %.3f ms/document, %.1f documents/s%n", both.millisPerItem(), both.perSecond());
        out.printf(Locale.ROOT, "ratio read+check / read: %.2f%n", both.millisPerItem() / read.millisPerItem());
        if (check.cpuNanos() >= 0) {
            if (checkRounds.size() > 1) {
                out.printf(Locale.ROOT, "check only CPU ms/report by round: %s%n", String.join(", ", checkRounds.stream()
                        .map(m -> String.format(Locale.ROOT, "%.3f", m.cpuMillisPerItem())).toList()));
            }
            out.printf(Locale.ROOT, "check only CPU ms/report: %.3f%n", check.cpuMillisPerItem());
            if (check.allocatedBytes() >= 0) {
                out.printf(Locale.ROOT, "check only allocated KB/report: %.1f%n", check.kilobytesPerItem());
            }
            out.printf(Locale.ROOT, "read only CPU ms/document: %.3f%n", read.cpuMillisPerItem());
            out.printf(Locale.ROOT, "read+check CPU ms/document: %.3f%n", both.cpuMillisPerItem());
        }
        out.flush();
        return 0;
    }

    private Measured measure(ThrowingRunnable round, int itemsPerRound) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpuTimed = threads.isCurrentThreadCpuTimeSupported();
        if (cpuTimed && !threads.isThreadCpuTimeEnabled()) threads.setThreadCpuTimeEnabled(true);
        long cpuStart = cpuTimed ? threads.getCurrentThreadCpuTime() : -1;
        long allocatedStart = allocatedBytes(threads);
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long items = 0;
        long now;
        do {
            round.run();
            items += itemsPerRound;
            now = System.nanoTime();
        } while (now < end);
        long cpu = cpuTimed ? threads.getCurrentThreadCpuTime() - cpuStart : -1;
        long allocated = allocatedStart < 0 ? -1 : allocatedBytes(threads) - allocatedStart;
        return new Measured(now - start, cpu, allocated, items);
    }

    /**
     * Bytes this thread has allocated so far (-1 when the JVM cannot tell): unlike time, it does not depend on the
     * load of the machine, so it compares two versions of the code taken at different moments.
     */
    private static long allocatedBytes(ThreadMXBean threads) {
        if (threads instanceof com.sun.management.ThreadMXBean sun && sun.isThreadAllocatedMemorySupported()) {
            if (!sun.isThreadAllocatedMemoryEnabled()) sun.setThreadAllocatedMemoryEnabled(true);
            return sun.getCurrentThreadAllocatedBytes();
        }
        return -1;
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** Wall and CPU nanoseconds and bytes allocated (CPU, bytes -1 when the JVM cannot measure it) over a number of items. */
    private record Measured(long nanos, long cpuNanos, long allocatedBytes, long items) {
        double kilobytesPerItem() {
            return allocatedBytes / 1024.0 / items;
        }

        double millisPerItem() {
            return nanos / 1e6 / items;
        }

        double cpuMillisPerItem() {
            return cpuNanos / 1e6 / items;
        }

        double perSecond() {
            return items / (nanos / 1e9);
        }
    }
}
