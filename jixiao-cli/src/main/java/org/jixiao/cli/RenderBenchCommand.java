package org.jixiao.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jixiao.rendering.OfficialDocuments;
import org.jixiao.rendering.RenderFormat;
import org.jixiao.report.domain.Report;
import org.jixiao.synthetic.ProvinceGenerator;
import org.jixiao.synthetic.ReportGenerator;
import org.jixiao.synthetic.UnitIdentity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao bench-render}: a plain rendering benchmark (not a timed test, docs/benchmarks.md). After a warm-up
 * it renders one report in each format on one thread (wall and thread-CPU milliseconds per report per format), then
 * a batch of generated reports in every format on a fixed pool of threads (reports per second).
 */
@Command(name = "bench-render", hidden = true, mixinStandardHelpOptions = true,
        description = "基准测试：生成公开文档的速度（预热后测量）。")
public class RenderBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--warmup-seconds", defaultValue = "10", description = "预热时间（秒，默认 ${DEFAULT-VALUE}）")
    double warmupSeconds;

    @Option(names = "--seconds", defaultValue = "5", description = "每种格式的测量时间（秒，默认 ${DEFAULT-VALUE}）")
    double seconds;

    @Option(names = "--batch", defaultValue = "100", description = "批量生成的报告数（默认 ${DEFAULT-VALUE}）")
    int batch;

    @Option(names = "--threads", defaultValue = "2", description = "批量生成的线程数（默认 ${DEFAULT-VALUE}）")
    int threads;

    @Parameters(paramLabel = "REPORT", arity = "1", description = "单份报告（如 004 样例）")
    Path report;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Report one = ReportLoader.standard().load(report).report();
        OfficialDocuments documents = new OfficialDocuments();
        List<RenderFormat> formats = List.of(RenderFormat.values());

        long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
        while (System.nanoTime() < warmupEnd) {
            for (RenderFormat f : formats) documents.render(one, f);
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        if (mx.isCurrentThreadCpuTimeSupported() && !mx.isThreadCpuTimeEnabled()) mx.setThreadCpuTimeEnabled(true);
        out.printf(Locale.ROOT, "report: %s%n", report.getFileName());
        for (RenderFormat f : formats) {
            long cpuStart = mx.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            long end = start + (long) (seconds * 1e9);
            long n = 0;
            long bytes = 0;
            long now;
            do {
                bytes = documents.render(one, f).length;
                n++;
                now = System.nanoTime();
            } while (now < end);
            long cpu = mx.getCurrentThreadCpuTime() - cpuStart;
            out.printf(Locale.ROOT, "%-4s %8.2f ms/report wall, %8.2f ms/report CPU (%d renders, %d bytes)%n",
                    f.extension(), (now - start) / 1e6 / n, cpu / 1e6 / n, n, bytes);
            out.flush();
        }

        ProvinceGenerator province = new ProvinceGenerator();
        ReportGenerator generator = new ReportGenerator();
        List<Report> reports = new ArrayList<>();
        for (long seed = 0; seed < batch; seed++) {
            UnitIdentity unit = province.unit((int) (seed * 7919 % province.size()));
            reports.add(generator.generate(seed, unit, ProvinceGenerator.YEARS.get((int) (seed % ProvinceGenerator.YEARS.size()))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            runBatch(pool, documents, reports.subList(0, Math.min(10, reports.size())), formats); // warm the pool's threads
            long start = System.nanoTime();
            long bytes = runBatch(pool, documents, reports, formats);
            double secondsTaken = (System.nanoTime() - start) / 1e9;
            out.printf(Locale.ROOT, "batch: %d generated reports × %d formats on %d threads: %.2f s, %.2f reports/s, %.2f documents/s (%d MB)%n",
                    reports.size(), formats.size(), threads, secondsTaken, reports.size() / secondsTaken,
                    reports.size() * formats.size() / secondsTaken, bytes / 1_000_000);
        } finally {
            pool.shutdown();
        }
        out.flush();
        return 0;
    }

    private static long runBatch(ExecutorService pool, OfficialDocuments documents, List<Report> reports, List<RenderFormat> formats) throws Exception {
        List<Future<Long>> done = new ArrayList<>();
        for (Report r : reports) {
            done.add(pool.submit(() -> {
                long bytes = 0;
                for (RenderFormat f : formats) bytes += documents.render(r, f).length;
                return bytes;
            }));
        }
        long bytes = 0;
        for (Future<Long> f : done) bytes += f.get();
        return bytes;
    }
}
