package org.jixiao.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * A mutation fuzzer for {@link DocumentImporter} (issue 7 §7, docs/reliability.md "Hostile input"). It takes the
 * real documents of the tests — the text seeds, seed 004 as LibreOffice saved it (DOCX, PDF), the DOCX and XLSX
 * that {@link TestDocuments} builds with Word tables — damages their bytes and imports them. The only allowed
 * outcomes are a report or an {@link UnreadableDocumentException} with a message; any other exception, any
 * {@link Error} (also {@link OutOfMemoryError} at {@code -Xmx512m}) and an import taking longer than the time limit
 * are crashes.
 *
 * <p>Every case is a source and a 64-bit case seed: the mutations are drawn from {@code new Random(caseSeed)}, so
 * {@code -Dfuzz.replay=SOURCE@SEED} (or {@link #replay}) gives the same bytes again. Mutations: bit flips, bytes set
 * to edge values, truncation, chunk duplication and deletion, numbers replaced by edge numbers, tabs and line
 * breaks inserted; for DOCX/XLSX the same inside one zip entry (and tags cut out of its XML), an entry dropped or
 * renamed, and a field of a zip header overwritten; for PDF an object deleted, duplicated, its numbers or a
 * reference changed, its stream bytes flipped, or {@code startxref} moved.
 */
final class ImporterFuzzer {

    /** A document to mutate. */
    record Source(String name, String extension, byte[] bytes) {
        boolean zip() {
            return extension.equals("docx") || extension.equals("xlsx");
        }
    }

    /** One case that did not end in a report or a clean refusal. */
    record Crash(String source, long seed, List<String> mutations, String outcome, byte[] input) {
        String replay() {
            return "-Dfuzz.replay=" + source + "@" + seed;
        }

        /** Exception type and the first frame in Jixiao (or the first frame): crashes with the same key are one bug. */
        String key() {
            return outcome.lines().findFirst().orElse("").replaceAll(":.*", "") + " " + outcome.lines().skip(1).filter(l -> l.contains("org.jixiao"))
                    .findFirst().orElse(outcome.lines().skip(1).findFirst().orElse("")).strip();
        }

        @Override
        public String toString() {
            return "crash in " + source + " seed " + seed + " mutations " + mutations + " (replay with " + replay() + ")\n" + outcome;
        }
    }

    /** What a run did. */
    record Summary(Map<String, Integer> casesBySource, int refused, int imported, List<Crash> crashes) {
        int cases() {
            return casesBySource.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private static final String[] EDGE_NUMBERS = {"0", "-1", "1", "2147483647", "2147483648", "-2147483648", "4294967296", "99999999999999999999",
        "1e309", "-0", "0.0000001", "NaN", "65535", "1048576", "3.4e38", "16384", "007", "1,000,000.00", "９９"};
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern PDF_OBJECT = Pattern.compile("\\b(\\d{1,9}) 0 obj\\b");
    private static final Pattern PDF_REFERENCE = Pattern.compile("\\b(\\d{1,9}) 0 R\\b");

    private final List<Source> sources;
    private final Duration limit;
    private final DocumentImporter importer = new DocumentImporter();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(null, r, "fuzz-import", 0);
        t.setDaemon(true);
        return t;
    });
    private ExecutorService current = worker;

    /** Per-case time limit. */
    record Duration(long seconds) {
    }

    ImporterFuzzer(List<Source> sources, Duration limit) {
        this.sources = sources;
        this.limit = limit;
    }

    /** The real documents of the tests: text seeds, seed 004 converted by LibreOffice (DOCX, PDF, and the PDF with plain content streams), and the Word-table DOCX and the XLSX. */
    static List<Source> standardSources() {
        List<Source> sources = new ArrayList<>();
        try {
            for (String seed : List.of(Seeds.SEED_000, Seeds.SEED_002, Seeds.SEED_004)) {
                Path path = Seeds.path(seed);
                if (Files.exists(path)) sources.add(new Source("seed-" + seed.substring(0, 3) + ".txt", "txt", Files.readAllBytes(path)));
            }
            byte[] docx = resource("seeds-converted/seed-004.docx");
            byte[] pdf = resource("seeds-converted/seed-004.pdf");
            sources.add(new Source("seed-004-libreoffice.docx", "docx", docx));
            sources.add(new Source("seed-004-libreoffice.pdf", "pdf", pdf));
            sources.add(new Source("seed-004-plain-content.pdf", "pdf", plainContentStreams(pdf)));
            if (Files.exists(Seeds.path(Seeds.SEED_004))) {
                sources.add(new Source("seed-004-word-tables.docx", "docx", TestDocuments.seed004Docx()));
                sources.add(new Source("seed-004.xlsx", "xlsx", TestDocuments.seed004Xlsx()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sources;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ImporterFuzzer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IOException("test resource missing: " + name);
            return in.readAllBytes();
        }
    }

    /** The PDF with each page's content stream decoded, so that mutations reach the text operators and positions. */
    static byte[] plainContentStreams(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                byte[] content;
                try (InputStream in = page.getContents()) {
                    content = in.readAllBytes();
                }
                page.setContents(new PDStream(doc, new ByteArrayInputStream(content)));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }

    Source source(String name) {
        return sources.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow(() -> new IllegalArgumentException("no source " + name));
    }

    List<Source> sources() {
        return sources;
    }

    /**
     * Runs {@code perSource} cases on every source, case seeds drawn from {@code baseSeed}, in rounds over the sources;
     * stops after the round in which {@code maxMillis} ran out (the cases are always the same, a slow machine runs fewer).
     */
    Summary runCases(long baseSeed, int perSource, long maxMillis, PrintStream log) {
        Random seeds = new Random(baseSeed);
        Map<String, Integer> counts = new LinkedHashMap<>();
        int[] outcome = new int[2];
        List<Crash> crashes = new ArrayList<>();
        long end = System.currentTimeMillis() + maxMillis;
        for (int i = 0; i < perSource && System.currentTimeMillis() < end; i++) {
            for (Source source : sources) {
                long seed = seeds.nextLong();
                one(source, seed, counts, outcome, crashes, log);
            }
        }
        return new Summary(counts, outcome[0], outcome[1], crashes);
    }

    /** Runs cases round the sources until {@code millis} have passed. */
    Summary runFor(long baseSeed, long millis, PrintStream log) {
        Random seeds = new Random(baseSeed);
        Map<String, Integer> counts = new LinkedHashMap<>();
        int[] outcome = new int[2];
        List<Crash> crashes = new ArrayList<>();
        long end = System.currentTimeMillis() + millis;
        long nextLog = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < end) {
            for (Source source : sources) {
                one(source, seeds.nextLong(), counts, outcome, crashes, log);
            }
            if (System.currentTimeMillis() >= nextLog) {
                nextLog += 60_000;
                log.printf(Locale.ROOT, "fuzz: %d cases, %d refused, %d imported, %d crashes%n", counts.values().stream().mapToInt(Integer::intValue).sum(),
                        outcome[0], outcome[1], crashes.size());
            }
        }
        return new Summary(counts, outcome[0], outcome[1], crashes);
    }

    private void one(Source source, long seed, Map<String, Integer> counts, int[] outcome, List<Crash> crashes, PrintStream log) {
        counts.merge(source.name(), 1, Integer::sum);
        List<String> mutations = new ArrayList<>();
        byte[] input = mutate(source, seed, mutations);
        String failure = importOnce(source, input, outcome);
        if (failure != null) {
            Crash crash = new Crash(source.name(), seed, mutations, failure, input);
            crashes.add(crash);
            if (log != null) log.println(crash);
        }
    }

    /** Imports the bytes of one case: null when it ended in a report or a refusal, else what went wrong. */
    String importOnce(Source source, byte[] input, int[] outcome) {
        String name = "fuzz." + source.extension();
        Future<Throwable> result = current.submit(() -> {
            try {
                importer.importBytes(name, input);
                outcome[1]++;
                return null;
            } catch (UnreadableDocumentException e) {
                outcome[0]++;
                if (e.getMessage() == null || e.getMessage().isBlank()) return new AssertionError("refusal without a message", e);
                return null;
            } catch (Throwable t) {
                return t;
            }
        });
        try {
            Throwable thrown = result.get(limit.seconds(), TimeUnit.SECONDS);
            return thrown == null ? null : stack(thrown);
        } catch (TimeoutException e) {
            result.cancel(true);
            // The stuck thread may never end: later cases run on a new one.
            current = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "fuzz-import");
                t.setDaemon(true);
                return t;
            });
            return "import took longer than " + limit.seconds() + " s";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (ExecutionException e) {
            return stack(e.getCause());
        }
    }

    private static String stack(Throwable t) {
        StringBuilder s = new StringBuilder(t.toString());
        StackTraceElement[] frames = t.getStackTrace();
        for (int i = 0; i < Math.min(frames.length, 25); i++) s.append("\n\tat ").append(frames[i]);
        if (t.getCause() != null && t.getCause() != t) s.append("\ncaused by ").append(stack(t.getCause()));
        return s.toString();
    }

    /** The bytes of case {@code seed} of {@code source}; each mutation is described in {@code log}. */
    static byte[] mutate(Source source, long seed, List<String> log) {
        Random random = new Random(seed);
        byte[] bytes = source.bytes();
        int rounds = 1 + random.nextInt(3);
        for (int r = 0; r < rounds; r++) {
            int kind = random.nextInt(10);
            try {
                if (source.zip() && kind >= 5) {
                    bytes = mutateZip(bytes, random, log);
                } else if (source.extension().equals("pdf") && kind >= 5) {
                    bytes = mutatePdf(bytes, random, log);
                } else {
                    bytes = mutateBytes(bytes, random, log, source.extension().equals("txt"));
                }
            } catch (RuntimeException e) {
                // A mutator that cannot work on already damaged bytes leaves them as they are (still deterministic).
                log.add("skipped(" + e.getClass().getSimpleName() + ")");
            }
        }
        return bytes;
    }

    /** A generic mutation of a byte array (a whole file or one zip entry). */
    static byte[] mutateBytes(byte[] bytes, Random random, List<String> log, boolean text) {
        if (bytes.length == 0) {
            log.add("insert-random");
            byte[] b = new byte[1 + random.nextInt(64)];
            random.nextBytes(b);
            return b;
        }
        int kind = random.nextInt(text ? 8 : 7);
        switch (kind) {
            case 0 -> {
                byte[] b = bytes.clone();
                int n = 1 + random.nextInt(16);
                for (int i = 0; i < n; i++) {
                    int at = random.nextInt(b.length);
                    b[at] ^= (byte) (1 << random.nextInt(8));
                }
                log.add("flip(" + n + ")");
                return b;
            }
            case 1 -> {
                byte[] b = bytes.clone();
                int n = 1 + random.nextInt(8);
                byte[] edges = {0, (byte) 0xff, 0x7f, (byte) 0x80, '\t', '\n', '\r', '<', '"', '0', '9', '.', ','};
                for (int i = 0; i < n; i++) b[random.nextInt(b.length)] = edges[random.nextInt(edges.length)];
                log.add("edge-bytes(" + n + ")");
                return b;
            }
            case 2 -> {
                int at = random.nextInt(bytes.length);
                log.add("truncate(" + at + ")");
                return java.util.Arrays.copyOf(bytes, at);
            }
            case 3 -> {
                int from = random.nextInt(bytes.length);
                int len = Math.min(bytes.length - from, 1 + random.nextInt(Math.max(1, bytes.length / 4)));
                int to = random.nextInt(bytes.length + 1);
                int times = random.nextInt(10) == 0 ? 1 + random.nextInt(50) : 1;
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(bytes, 0, to);
                for (int i = 0; i < times; i++) out.write(bytes, from, len);
                out.write(bytes, to, bytes.length - to);
                log.add("duplicate(" + from + "+" + len + "→" + to + "×" + times + ")");
                return out.toByteArray();
            }
            case 4 -> {
                int from = random.nextInt(bytes.length);
                int len = Math.min(bytes.length - from, 1 + random.nextInt(Math.max(1, bytes.length / 8)));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(bytes, 0, from);
                out.write(bytes, from + len, bytes.length - from - len);
                log.add("delete(" + from + "+" + len + ")");
                return out.toByteArray();
            }
            case 5, 6 -> {
                return replaceNumbers(bytes, random, log);
            }
            default -> {
                // Text only: tabs, line breaks and full-width or odd characters inserted between characters.
                String s = new String(bytes, StandardCharsets.UTF_8);
                StringBuilder b = new StringBuilder(s);
                String[] inserts = {"\t", "\n", "\r\n", "\t\t\t", "\u3000", "\uFEFF", "（", "）", "第一部分", "合计", "\u0000", "一、", "万元", "%", "－"};
                int n = 1 + random.nextInt(20);
                for (int i = 0; i < n; i++) b.insert(random.nextInt(b.length() + 1), inserts[random.nextInt(inserts.length)]);
                log.add("insert-text(" + n + ")");
                return b.toString().getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    /** Replaces a few numbers (amounts, positions, sizes, object numbers) with edge numbers. */
    private static byte[] replaceNumbers(byte[] bytes, Random random, List<String> log) {
        String s = new String(bytes, StandardCharsets.ISO_8859_1);
        List<int[]> found = new ArrayList<>();
        Matcher m = NUMBER.matcher(s);
        while (m.find() && found.size() < 200_000) found.add(new int[] {m.start(), m.end()});
        if (found.isEmpty()) {
            log.add("numbers(none)");
            return bytes;
        }
        int n = 1 + random.nextInt(6);
        List<int[]> chosen = new ArrayList<>();
        for (int i = 0; i < n; i++) chosen.add(found.get(random.nextInt(found.size())));
        chosen.sort((a, b) -> Integer.compare(b[0], a[0]));
        StringBuilder b = new StringBuilder(s);
        int last = Integer.MAX_VALUE;
        for (int[] c : chosen) {
            if (c[1] > last) continue;
            b.replace(c[0], c[1], EDGE_NUMBERS[random.nextInt(EDGE_NUMBERS.length)]);
            last = c[0];
        }
        log.add("numbers(" + n + ")");
        return b.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A mutation of a DOCX/XLSX: inside one entry (bytes, numbers, tags), an entry dropped or renamed, or a header field overwritten. */
    static byte[] mutateZip(byte[] zip, Random random, List<String> log) {
        List<Map.Entry<String, byte[]>> entries;
        try {
            entries = unzip(zip);
        } catch (IOException | RuntimeException e) {
            entries = List.of();
        }
        int kind = random.nextInt(10);
        if (entries.isEmpty() || kind == 0) return corruptZipHeader(zip, random, log);
        int index = pickEntry(entries, random);
        String name = entries.get(index).getKey();
        byte[] content = entries.get(index).getValue();
        List<Map.Entry<String, byte[]>> changed = new ArrayList<>(entries);
        switch (kind) {
            case 1 -> {
                changed.remove(index);
                log.add("zip-drop(" + name + ")");
            }
            case 2 -> {
                changed.set(index, Map.entry(name + (random.nextBoolean() ? ".bak" : "/"), content));
                log.add("zip-rename(" + name + ")");
            }
            case 3, 4 -> {
                changed.set(index, Map.entry(name, cutXml(content, random, log)));
                log.add("in " + name);
            }
            default -> {
                List<String> inner = new ArrayList<>();
                changed.set(index, Map.entry(name, mutateBytes(content, random, inner, false)));
                log.add("zip-entry(" + name + ": " + String.join(", ", inner) + ")");
            }
        }
        return zip(changed);
    }

    /** An entry, the document or sheet parts more often than the others. */
    private static int pickEntry(List<Map.Entry<String, byte[]>> entries, Random random) {
        if (random.nextInt(3) > 0) {
            List<Integer> main = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                String n = entries.get(i).getKey();
                if (n.endsWith("document.xml") || n.contains("worksheets/") || n.endsWith("sharedStrings.xml") || n.endsWith("numbering.xml")) main.add(i);
            }
            if (!main.isEmpty()) return main.get(random.nextInt(main.size()));
        }
        return random.nextInt(entries.size());
    }

    /** Cuts out, duplicates or empties an XML element (from a {@code <} to the next {@code >} or a whole span). */
    private static byte[] cutXml(byte[] xml, Random random, List<String> log) {
        String s = new String(xml, StandardCharsets.UTF_8);
        List<Integer> starts = new ArrayList<>();
        for (int i = s.indexOf('<'); i >= 0 && starts.size() < 200_000; i = s.indexOf('<', i + 1)) starts.add(i);
        if (starts.size() < 2) return xml;
        int a = starts.get(random.nextInt(starts.size()));
        int b = starts.get(Math.min(starts.size() - 1, starts.indexOf(a) + 1 + random.nextInt(Math.min(40, starts.size()))));
        if (b <= a) b = Math.min(s.length(), s.indexOf('>', a) + 1);
        String span = s.substring(a, b);
        String result = switch (random.nextInt(3)) {
            case 0 -> {
                log.add("xml-cut(" + a + "+" + span.length() + ")");
                yield s.substring(0, a) + s.substring(b);
            }
            case 1 -> {
                int times = 1 + random.nextInt(random.nextInt(8) == 0 ? 200 : 3);
                log.add("xml-repeat(" + a + "+" + span.length() + "×" + times + ")");
                yield s.substring(0, a) + span.repeat(times + 1) + s.substring(b);
            }
            default -> {
                int to = starts.get(random.nextInt(starts.size()));
                log.add("xml-move(" + a + "+" + span.length() + "→" + to + ")");
                String without = s.substring(0, a) + s.substring(b);
                int at = Math.min(to, without.length());
                yield without.substring(0, at) + span + without.substring(at);
            }
        };
        return result.getBytes(StandardCharsets.UTF_8);
    }

    /** Overwrites a field (method, CRC, sizes, name or extra length, offset) of a local or central zip header. */
    private static byte[] corruptZipHeader(byte[] zip, Random random, List<String> log) {
        List<Integer> headers = new ArrayList<>();
        for (int i = 0; i + 4 <= zip.length; i++) {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && (zip[i + 2] == 1 || zip[i + 2] == 3 || zip[i + 2] == 5) && zip[i + 3] == zip[i + 2] + 1) headers.add(i);
        }
        if (headers.isEmpty()) return mutateBytes(zip, random, log, false);
        int at = headers.get(random.nextInt(headers.size()));
        int[] fields = zip[at + 2] == 3 ? new int[] {8, 14, 18, 22, 26, 28} : zip[at + 2] == 1 ? new int[] {10, 16, 20, 24, 28, 30, 42} : new int[] {10, 12, 16};
        int field = fields[random.nextInt(fields.length)];
        byte[] b = zip.clone();
        int[] values = {0, 0xffff, 0x7fff, 1, random.nextInt(0x10000)};
        int value = values[random.nextInt(values.length)];
        if (at + field + 2 <= b.length) {
            b[at + field] = (byte) value;
            b[at + field + 1] = (byte) (value >> 8);
            if (random.nextBoolean() && at + field + 4 <= b.length) {
                b[at + field + 2] = (byte) (random.nextBoolean() ? 0xff : 0);
                b[at + field + 3] = (byte) (random.nextBoolean() ? 0x7f : 0);
            }
        }
        log.add("zip-header(" + at + "+" + field + "=" + value + ")");
        return b;
    }

    private static List<Map.Entry<String, byte[]>> unzip(byte[] zip) throws IOException {
        List<Map.Entry<String, byte[]>> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) entries.add(Map.entry(e.getName(), in.readAllBytes()));
        }
        return entries;
    }

    private static byte[] zip(List<Map.Entry<String, byte[]>> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Map.Entry<String, byte[]> e : entries) {
                if (!seen.add(e.getKey())) continue;
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A PDF object edit: delete, duplicate, change its numbers or a reference, flip its stream bytes; or move {@code startxref}. */
    static byte[] mutatePdf(byte[] pdf, Random random, List<String> log) {
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        List<int[]> objects = new ArrayList<>();
        Matcher m = PDF_OBJECT.matcher(s);
        while (m.find()) {
            int end = s.indexOf("endobj", m.end());
            if (end < 0) break;
            objects.add(new int[] {m.start(), end + "endobj".length(), Integer.parseInt(m.group(1))});
        }
        int kind = random.nextInt(7);
        if (objects.isEmpty() || kind == 0) {
            int x = s.lastIndexOf("startxref");
            if (x < 0) return mutateBytes(pdf, random, log, false);
            String[] moves = {"0", "1", "999999999", String.valueOf(random.nextInt(Math.max(1, pdf.length))), "-5"};
            String move = moves[random.nextInt(moves.length)];
            log.add("pdf-startxref(" + move + ")");
            return (s.substring(0, x) + "startxref\n" + move + "\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
        }
        int[] object = objects.get(random.nextInt(objects.size()));
        String body = s.substring(object[0], object[1]);
        String before = s.substring(0, object[0]);
        String after = s.substring(object[1]);
        String edited;
        switch (kind) {
            case 1 -> {
                log.add("pdf-delete(" + object[2] + ")");
                edited = "";
            }
            case 2 -> {
                log.add("pdf-duplicate(" + object[2] + ")");
                edited = body + "\n" + body;
            }
            case 3 -> {
                List<String> inner = new ArrayList<>();
                int stream = body.indexOf("stream");
                String dictionary = stream < 0 ? body : body.substring(0, stream);
                String rest = stream < 0 ? "" : body.substring(stream);
                edited = new String(replaceNumbers(dictionary.getBytes(StandardCharsets.ISO_8859_1), random, inner), StandardCharsets.ISO_8859_1) + rest;
                log.add("pdf-numbers(" + object[2] + ")");
            }
            case 4 -> {
                Matcher r = PDF_REFERENCE.matcher(body);
                List<int[]> refs = new ArrayList<>();
                while (r.find()) refs.add(new int[] {r.start(1), r.end(1)});
                if (refs.isEmpty()) {
                    edited = body;
                    log.add("pdf-reference(" + object[2] + ": none)");
                } else {
                    int[] ref = refs.get(random.nextInt(refs.size()));
                    String target = random.nextBoolean() ? String.valueOf(object[2]) : String.valueOf(objects.get(random.nextInt(objects.size()))[2]);
                    if (random.nextInt(4) == 0) target = "99999";
                    edited = body.substring(0, ref[0]) + target + body.substring(ref[1]);
                    log.add("pdf-reference(" + object[2] + "→" + target + ")");
                }
            }
            default -> {
                int stream = body.indexOf("stream");
                int end = body.lastIndexOf("endstream");
                if (stream < 0 || end <= stream + 8) {
                    List<String> inner = new ArrayList<>();
                    edited = new String(replaceNumbers(body.getBytes(StandardCharsets.ISO_8859_1), random, inner), StandardCharsets.ISO_8859_1);
                    log.add("pdf-numbers(" + object[2] + ")");
                } else {
                    List<String> inner = new ArrayList<>();
                    byte[] data = body.substring(stream + 7, end).getBytes(StandardCharsets.ISO_8859_1);
                    byte[] changed = mutateBytes(data, random, inner, false);
                    edited = body.substring(0, stream + 7) + new String(changed, StandardCharsets.ISO_8859_1) + body.substring(end);
                    log.add("pdf-stream(" + object[2] + ": " + String.join(", ", inner) + ")");
                }
            }
        }
        return (before + edited + after).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Replays one case: the bytes and what importing them gave (null: a report or a refusal). */
    String replay(String source, long seed, List<String> mutations) {
        byte[] input = mutate(source(source), seed, mutations);
        return importOnce(source(source), input, new int[2]);
    }

    void close() {
        worker.shutdownNow();
        current.shutdownNow();
    }
}
