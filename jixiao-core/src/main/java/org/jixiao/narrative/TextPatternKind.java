package org.jixiao.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.rules.RuleParameters;
import org.jixiao.rules.Violation;

/**
 * Text that matches a pattern the rule gives: doubled units (万元万元), template residue (调增（减）, 大于（小于））,
 * placeholders (XX, ××, 【】). The rule's {@code pattern} is a Java regular expression; {@code expected} says
 * what the text should say instead (optional); {@code triggers} (optional) lists characters of which every match
 * contains at least one, so that lines without any of them are skipped without running the pattern.
 */
final class TextPatternKind extends TextKind {

    /** The rules' patterns, compiled once: a rule set names a few dozen at most. */
    private static final ConcurrentMap<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    TextPatternKind() {
        super("text-pattern", Set.of("pattern", "expected", "triggers"));
    }

    @Override
    public Set<String> requiredParameters() {
        return Set.of("pattern");
    }

    @Override
    List<Violation> check(List<Line> lines, RuleParameters parameters) {
        Pattern pattern = COMPILED.computeIfAbsent(parameters.required("pattern"), Pattern::compile);
        String expected = parameters.text("expected").orElse("删除或改写");
        String triggers = parameters.text("triggers").orElse(null);
        List<Violation> out = new ArrayList<>();
        for (Line line : lines) {
            if (triggers != null && !containsAny(line.text(), triggers)) continue;
            Matcher m = pattern.matcher(line.text());
            while (m.find()) {
                out.add(NarrativeKind.violation(line.location(), m.group(), expected, "文本匹配 " + pattern.pattern()));
            }
        }
        return out;
    }

    private static boolean containsAny(String text, String characters) {
        for (int i = 0; i < characters.length(); i++) {
            if (text.indexOf(characters.charAt(i)) >= 0) return true;
        }
        return false;
    }
}
