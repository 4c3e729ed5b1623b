package org.jixiao.narrative;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.rules.RuleParameters;
import org.jixiao.rules.Violation;

/**
 * A paragraph repeated word for word (blanks ignored); paragraphs shorter than {@code minLength} characters
 * (default 30) such as table captions are not compared.
 */
final class DuplicateParagraphKind extends TextKind {

    DuplicateParagraphKind() {
        super("text-duplicate-paragraph", Set.of("minLength"));
    }

    @Override
    List<Violation> check(List<Line> lines, RuleParameters parameters) {
        int min = Integer.parseInt(parameters.text("minLength").orElse("30"));
        Map<String, Line> seen = new HashMap<>();
        List<Violation> out = new ArrayList<>();
        for (Line line : lines) {
            if (line.heading() || line.text().indexOf('\t') >= 0) continue; // table rows of a text export repeat by nature
            if (line.text().length() < min) continue; // removing blanks only shortens it
            String key = Lexicon.withoutBlanks(line.text());
            if (key.length() < min) continue;
            Line first = seen.putIfAbsent(key, line);
            if (first == null) continue;
            String at = first.location().source() == null ? "前文" : first.location().source().describe();
            out.add(NarrativeKind.violation(line.location(), "重复段落", "删除重复段落", "与" + at + "的段落逐字相同"));
        }
        return out;
    }
}
