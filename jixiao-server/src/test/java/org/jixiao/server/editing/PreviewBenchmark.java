package org.jixiao.server.editing;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jixiao.server.TestDatabase;
import org.jixiao.server.WebSession;
import org.jixiao.server.accounts.Account;
import org.jixiao.server.accounts.Accounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import jakarta.servlet.Filter;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * Benchmark, not a test (its name matches no surefire include, so {@code verify} never runs it): how long the
 * server takes to check a full report with the editor's unsaved edits, {@code POST /api/v1/reports/{id}/preview}
 * on the 004 fixture (株洲市石峰区机关事务服务中心 2021: nine tables, five 自评表s, 53 narrative sections). Run it with
 * <pre>mvn -B -ntp -q -pl jixiao-server -am test -Dtest=PreviewBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * It prints, after warm-up, the median, p95 and max of (a) the HTTP round trip on loopback (client side), (b) the
 * server's time for the request, wall and CPU of the request thread, measured by a filter ahead of every other
 * (session from the database, security, loading the current version, applying the edits, checking, placing the
 * findings, writing the JSON), and (c) the CPU time of {@code ReportEditing.preview} alone, for one edited cell
 * and for twenty. Results go to docs/benchmarks.md.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jixiao.demo.enabled=true", "jixiao.demo.location=classpath*:demo/004-*.json"})
@ContextConfiguration(initializers = TestDatabase.class)
class PreviewBenchmark {

    static final int WARM_UP = Integer.getInteger("bench.warmup", 60);
    static final int RUNS = Integer.getInteger("bench.runs", 200);
    // 公开03表 合计 项目支出 (stated 1,138.54).
    static final String CELL = "/finalAccounts/tables/2/rows/0/cells/project";

    /** Wall and CPU nanoseconds of each preview request, measured around the whole filter chain. */
    static final ConcurrentLinkedQueue<long[]> SERVER = new ConcurrentLinkedQueue<>();

    @TestConfiguration
    static class RequestTimer {
        @Bean
        FilterRegistrationBean<Filter> previewTimer() {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            Filter timer = (request, response, chain) -> {
                long w0 = System.nanoTime();
                long c0 = threads.getCurrentThreadCpuTime();
                chain.doFilter(request, response);
                SERVER.add(new long[] {System.nanoTime() - w0, threads.getCurrentThreadCpuTime() - c0});
            };
            var registration = new FilterRegistrationBean<>(timer);
            registration.addUrlPatterns("/api/v1/reports/*");
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }

    @LocalServerPort int port;
    @Autowired ReportEditing editing;
    @Autowired Accounts accounts;

    @Test
    void previewOf004() {
        var session = WebSession.signedIn(port, "shenhe");
        String id = session.get("/api/v1/reports").body().replaceFirst("(?s).*?\"id\":(\\d+).*", "$1");
        JsonNode editor = WebSession.json(session.get("/api/v1/reports/" + id + "/editor"));
        int version = editor.get("version").asInt();
        if (editor.at("/report" + CELL).isMissingNode()) throw new IllegalStateException("004 has no " + CELL);
        System.out.println("BENCH report " + id + " findings " + editor.at("/check/findings").size());

        Account shenhe = accounts.byUsername("shenhe").orElseThrow();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int edits : new int[] {1, 20}) {
            long[] http = new long[RUNS];
            long[] cpu = new long[RUNS];
            long[] serverWall = new long[RUNS];
            long[] serverCpu = new long[RUNS];
            for (int i = -WARM_UP; i < RUNS; i++) {
                List<CellEdit> list = edits(editor, edits, i);
                SERVER.clear();
                long t0 = System.nanoTime();
                var response = session.post("/api/v1/reports/" + id + "/preview", Map.of("version", version, "edits", list));
                long t1 = System.nanoTime();
                if (response.statusCode() != 200) throw new IllegalStateException(response.body());
                List<CellEdit> direct = edits(editor, edits, i + 1_000_000); // not the edits just sent: those are remembered
                long c0 = threads.getCurrentThreadCpuTime();
                editing.preview(shenhe, Long.parseLong(id), version, direct);
                long c1 = threads.getCurrentThreadCpuTime();
                if (i >= 0) {
                    long[] server = SERVER.poll();
                    serverWall[i] = server[0];
                    serverCpu[i] = server[1];
                    http[i] = t1 - t0;
                    cpu[i] = c1 - c0;
                }
            }
            System.out.println("BENCH edits=" + edits + " runs=" + RUNS + " | client round trip " + stats(http) + " | server wall "
                    + stats(serverWall) + " | server CPU " + stats(serverCpu) + " | ReportEditing.preview CPU " + stats(cpu));
        }
    }

    /** {@code n} cells of 公开01表–03表 with a value that changes each run, as typing does. */
    static List<CellEdit> edits(JsonNode editor, int n, int run) {
        List<CellEdit> out = new ArrayList<>();
        // A value never sent before: the server remembers the check of edits it has seen (editing.RecentPreviews).
        out.add(new CellEdit(CELL, String.format("%.2f", 1138.54 + run / 100.0)));
        JsonNode tables = editor.at("/report/finalAccounts/tables");
        for (int t = 0; t < tables.size() && out.size() < n; t++) {
            JsonNode rows = tables.get(t).path("rows");
            for (int r = 1; r < rows.size() && out.size() < n; r++) {
                var names = rows.get(r).path("cells").fieldNames();
                if (!names.hasNext()) continue;
                String column = names.next();
                JsonNode cell = rows.get(r).path("cells").get(column);
                out.add(new CellEdit("/finalAccounts/tables/" + t + "/rows/" + r + "/cells/" + column,
                        cell.isObject() ? cell.path("text").asText() : cell.asText()));
            }
        }
        return out;
    }

    static String stats(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return String.format("median %.1f ms, p95 %.1f ms, max %.1f ms", s[s.length / 2] / 1e6,
                s[(int) Math.ceil(s.length * 0.95) - 1] / 1e6, s[s.length - 1] / 1e6);
    }
}
