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

    /**
     * The text with each {@link #PLACEHOLDER} replaced by its value ("—" when absent). Read without the pattern: every
     * finding's message is filled, and a placeholder is a brace, a letter, name characters and a closing brace.
     */
    public String fill(Map<String, String> values) {
        StringBuilder out = new StringBuilder(text.length() + 32);
        int last = 0;
        int open = text.indexOf('{');
        while (open >= 0) {
            int end = open + 1;
            if (end < text.length() && letter(text.charAt(end))) {
                end++;
                while (end < text.length() && nameCharacter(text.charAt(end))) end++;
                if (end < text.length() && text.charAt(end) == '}') {
                    String value = values.get(text.substring(open + 1, end));
                    out.append(text, last, open).append(value == null ? "—" : value);
                    last = end + 1;
                    open = text.indexOf('{', last);
                    continue;
                }
            }
            open = text.indexOf('{', open + 1);
        }
        out.append(text, last, text.length());
        return out.toString();
    }

    private static boolean letter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean nameCharacter(char c) {
        return letter(c) || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
    }
}
