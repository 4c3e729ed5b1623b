package org.jixiao.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.jixiao.rules.RuleParameters;
import org.jixiao.rules.Violation;

/**
 * Text that matches a pattern the rule gives: doubled units (万元万元), template residue (调增（减）, 大于（小于））,
 * placeholders (XX, ××, 【】). The rule's {@code pattern} is a Java regular expression; {@code expected} says
 * what the text should say instead (optional); {@code triggers} (optional) lists characters of which every match
 * contains at least one, so that lines without any of them are skipped without running the pattern; {@code starts}
 * (optional) lists the characters one of which begins every match, so that the pattern is tried only where one of
 * them stands ({@link Occurrences}; the JDK tries an alternation at every character of a line otherwise);
 * {@code contains} (optional) lists strings of which every match contains one (a line with none is skipped).
 */
final class TextPatternKind extends TextKind {

    /** The rules' patterns, compiled once: a rule set names a few dozen at most. */
    private static final ConcurrentMap<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    TextPatternKind() {
        super("text-pattern", Set.of("pattern", "expected", "triggers", "contains", "starts"));
    }

    @Override
    public Set<String> requiredParameters() {
        return Set.of("pattern");
    }

    @Override
    List<Violation> check(List<Line> lines, RuleParameters parameters) {
        String written = parameters.required("pattern");
        String starts = parameters.text("starts").orElse("");
        Pattern pattern = COMPILED.computeIfAbsent(written, Pattern::compile);
        String expected = parameters.text("expected").orElse("删除或改写");
        String triggers = parameters.text("triggers").orElse(null);
        List<String> contains = parameters.list("contains");
        List<Violation> out = new ArrayList<>();
        for (Line line : lines) {
            if (triggers != null && !containsAny(line.text(), triggers)) continue;
            if (!contains.isEmpty() && !containsAnyOf(line.text(), contains)) continue;
            List<MatchResult> found = starts.isEmpty() ? pattern.matcher(line.text()).results().toList()
                    : Occurrences.of(pattern, line.text(), starts);
            for (MatchResult m : found) {
                out.add(NarrativeKind.violation(line.location(), m.group(), expected, "文本匹配 " + written));
            }
        }
        return out;
    }

    private static boolean containsAnyOf(String text, List<String> literals) {
        for (String literal : literals) {
            if (text.contains(literal)) return true;
        }
        return false;
    }

    private static boolean containsAny(String text, String characters) {
        for (int i = 0; i < characters.length(); i++) {
            if (text.indexOf(characters.charAt(i)) >= 0) return true;
        }
        return false;
    }
}
