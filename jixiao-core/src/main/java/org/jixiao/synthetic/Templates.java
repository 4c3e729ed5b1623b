package org.jixiao.synthetic;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The sentence patterns of {@code synthetic/narrative.tsv}, filled with computed values. */
final class Templates {

    private static final Map<String, List<String>> PATTERNS = Catalogue.variants("narrative.tsv");
    private static final Map<String, List<String>> REASONS = Catalogue.variants("reasons.tsv");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private final SplittableRandom random;

    Templates(SplittableRandom random) {
        this.random = random;
    }

    /** One variant of {@code key} with every placeholder replaced; a missing value is a bug of the writer. */
    String fill(String key, Map<String, String> values) {
        List<String> variants = PATTERNS.get(key);
        if (variants == null) throw new IllegalArgumentException("no sentence pattern " + key);
        String pattern = variants.get(random.nextInt(variants.size()));
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) throw new IllegalArgumentException("pattern " + key + " needs {" + m.group(1) + "}");
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    List<String> all(String key) {
        return PATTERNS.getOrDefault(key, List.of());
    }

    String reason(String key) {
        List<String> r = REASONS.get(key);
        return r.get(random.nextInt(r.size()));
    }
}
