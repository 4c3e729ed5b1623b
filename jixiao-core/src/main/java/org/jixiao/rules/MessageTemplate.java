package org.jixiao.rules;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Chinese message with {@code {name}} placeholders, filled from a violation's named values. */
public record MessageTemplate(String text) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_.-]*)}");

    /** Names every violation provides, whatever its kind. */
    public static final Set<String> STANDARD = Set.of("stated", "expected", "formula", "location");

    public Set<String> placeholders() {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) names.add(m.group(1));
        return names;
    }

    /** True when the text has the placeholder {@code {name}}. */
    public boolean uses(String name) {
        return text.contains("{" + name + "}");
    }

    public String fill(Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            String value = values.get(m.group(1));
            out.append(text, last, m.start()).append(value == null ? "—" : value);
            last = m.end();
        }
        out.append(text, last, text.length());
        return out.toString();
    }
}
