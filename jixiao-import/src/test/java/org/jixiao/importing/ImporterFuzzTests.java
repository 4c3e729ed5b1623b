package org.jixiao.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The importer fuzzer ({@link ImporterFuzzer}) in three forms:
 * <ul>
 * <li>always (CI): a fixed sequence of cases (12 rounds over the sources from a fixed seed), stopping after the
 * round in which 30 s ran out;</li>
 * <li>{@code -Dfuzz.minutes=N}: the long run (docs/reliability.md, README): random seeds for N minutes, every
 * distinct crash listed in {@code target/fuzz/crashes.txt} with its input saved beside it;</li>
 * <li>{@code -Dfuzz.replay=SOURCE@SEED}: one case again, printing its mutations and outcome.</li>
 * </ul>
 */
class ImporterFuzzTests {

    /** The CI run's seed and size: fixed, so CI always tries the same inputs. */
    private static final long CI_SEED = 20261127L;
    private static final int CI_CASES_PER_SOURCE = Integer.getInteger("fuzz.cases", 12);
    /** The CI run stops after the round of cases in which this ran out, so that it stays under a minute on a busy machine. */
    private static final long CI_MILLIS = Long.getLong("fuzz.ciMillis", 30_000);

    private static ImporterFuzzer fuzzer;

    @BeforeAll
    static void sources() {
        // POI and PDFBox log every damaged part they skip; thousands of such lines say nothing here.
        System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        System.setProperty("log4j2.statusLoggerLevel", "OFF");
        fuzzer = new ImporterFuzzer(ImporterFuzzer.standardSources(), new ImporterFuzzer.Duration(Long.getLong("fuzz.caseSeconds", 60)));
    }

    @AfterAll
    static void close() {
        fuzzer.close();
    }

    @Test
    void mutatedRealDocumentsAreImportedOrRefusedCleanly() {
        assertThat(fuzzer.sources()).extracting(ImporterFuzzer.Source::extension).contains("docx", "pdf", "xlsx");

        ImporterFuzzer.Summary summary = fuzzer.runCases(CI_SEED, CI_CASES_PER_SOURCE, CI_MILLIS, System.out);

        System.out.printf("fuzz (CI): %d cases %s, %d refused, %d imported%n", summary.cases(), summary.casesBySource(), summary.refused(), summary.imported());
        assertThat(summary.crashes()).as("crashes (each with the -Dfuzz.replay=… that reproduces it)").isEmpty();
        assertThat(summary.refused()).isPositive();
        assertThat(summary.imported()).isPositive();
    }

    @Test
    void longRun() throws IOException {
        String minutes = System.getProperty("fuzz.minutes");
        assumeTrue(minutes != null && !minutes.isBlank(), "long run only with -Dfuzz.minutes=N");
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        long start = System.currentTimeMillis();
        ImporterFuzzer.Summary summary = fuzzer.runFor(seed, (long) (Double.parseDouble(minutes) * 60_000), System.out);
        long seconds = (System.currentTimeMillis() - start) / 1000;

        Map<String, List<ImporterFuzzer.Crash>> distinct = new LinkedHashMap<>();
        for (ImporterFuzzer.Crash crash : summary.crashes()) distinct.computeIfAbsent(crash.key(), k -> new ArrayList<>()).add(crash);
        Path dir = Path.of("target/fuzz");
        Files.createDirectories(dir);
        StringBuilder report = new StringBuilder();
        report.append(String.format("fuzz run: seed %d, %d s, max heap %d MB, %d cases %s, %d refused, %d imported, %d crashes (%d distinct)%n", seed, seconds,
                Runtime.getRuntime().maxMemory() / (1024 * 1024), summary.cases(), summary.casesBySource(), summary.refused(), summary.imported(),
                summary.crashes().size(), distinct.size()));
        for (var e : distinct.entrySet()) {
            ImporterFuzzer.Crash first = e.getValue().get(0);
            String file = "crash-" + first.source() + "-" + first.seed();
            Files.write(dir.resolve(file), first.input());
            report.append("\n== ").append(e.getKey()).append(" (").append(e.getValue().size()).append(" cases, input saved as target/fuzz/").append(file).append(")\n")
                    .append(first).append("\n");
        }
        Files.writeString(dir.resolve("crashes.txt"), report, StandardCharsets.UTF_8);
        System.out.println(report);
        assertThat(summary.crashes()).as("crashes, listed in target/fuzz/crashes.txt").isEmpty();
    }

    @Test
    void replay() {
        String replay = System.getProperty("fuzz.replay");
        assumeTrue(replay != null && replay.contains("@"), "only with -Dfuzz.replay=SOURCE@SEED");
        String source = replay.substring(0, replay.lastIndexOf('@'));
        long seed = Long.parseLong(replay.substring(replay.lastIndexOf('@') + 1));
        List<String> mutations = new ArrayList<>();
        String outcome = fuzzer.replay(source, seed, mutations);
        System.out.println("replay " + replay + ": mutations " + mutations + "\n" + (outcome == null ? "imported or refused cleanly" : outcome));
        assertThat(outcome).isNull();
    }
}
