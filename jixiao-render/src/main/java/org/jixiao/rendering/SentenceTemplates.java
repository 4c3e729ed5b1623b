package org.jixiao.rendering;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.shared.BoundedCache;

/**
 * The sentence templates of one fiscal year and region (句式模板), read from
 * {@code templates/<year>/final-accounts.properties} with keys overridden by
 * {@code templates/<year>/regions/<region>/final-accounts.properties}. A year without its own file uses the
 * nearest earlier year that has one. Filling a template whose placeholder has no value gives nothing: the
 * sentence is left out rather than printed with a made-up number. The templates of a year and region are read once
 * per process (the files ship inside the application; reading them is most of what drafting a 情况说明 costs).
 */
final class SentenceTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z0-9.-]+)}");
    private static final String FILE = "final-accounts.properties";
    /** Years and regions met recently; far more than one province's regions at once. */
    private static final BoundedCache<Key, SentenceTemplates> READ = new BoundedCache<>(1024);

    private record Key(int fiscalYear, String region) {}

    private final Properties texts;
    private final int year;

    private SentenceTemplates(Properties texts, int year) {
        this.texts = texts;
        this.year = year;
    }

    /** The templates for a fiscal year and region (region may be null). */
    static SentenceTemplates forReport(int fiscalYear, String region) {
        return READ.computeIfAbsent(new Key(fiscalYear, region), k -> read(fiscalYear, region));
    }

    private static SentenceTemplates read(int fiscalYear, String region) {
        for (int y = fiscalYear; y >= 2000; y--) {
            Properties base = load("templates/" + y + "/" + FILE);
            if (base == null) continue;
            if (region != null) {
                for (String r : regionCandidates(region)) {
                    Properties override = load("templates/" + y + "/regions/" + r + "/" + FILE);
                    if (override != null) base.putAll(override);
                }
            }
            return new SentenceTemplates(base, y);
        }
        // Later years than any shipped file fall back on the newest shipped one.
        Properties base = load("templates/2021/" + FILE);
        if (base == null) throw new IllegalStateException("句式模板缺失：templates/2021/" + FILE);
        return new SentenceTemplates(base, 2021);
    }

    /** The year whose templates are used. */
    int templateYear() {
        return year;
    }

    /** Broadest region first, so a more specific folder overrides a province's. */
    private static List<String> regionCandidates(String region) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(".+?(省|自治区|市|州|盟|区|县|旗)").matcher(region);
        int end = 0;
        while (m.find()) {
            end = m.end();
            out.add(region.substring(0, end));
        }
        if (end < region.length()) out.add(region);
        return out;
    }

    private static Properties load(String resource) {
        InputStream in = SentenceTemplates.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) return null;
        try (InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Properties p = new Properties();
            p.load(reader);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("句式模板无法读取：" + resource, e);
        }
    }

    /** The raw template text of a key. */
    String raw(String key) {
        String t = texts.getProperty(key);
        if (t == null) throw new IllegalStateException("句式模板中没有 " + key);
        return t;
    }

    boolean has(String key) {
        return texts.containsKey(key);
    }

    /** The template filled with the values, or empty when one of its placeholders has no value. */
    Optional<String> fill(String key, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(raw(key));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            if (v == null) return Optional.empty();
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        return Optional.of(out.toString());
    }

    /** Glossary entries ({@code glossary.N = term|definition}) in order. */
    List<String[]> glossary() {
        List<String[]> out = new ArrayList<>();
        for (int i = 1; texts.containsKey("glossary." + i); i++) out.add(texts.getProperty("glossary." + i).split("\\|", 2));
        return out;
    }
}
