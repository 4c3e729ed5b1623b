package org.jixiao.rendering;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jixiao.report.domain.Paragraph;
import org.jixiao.report.domain.Report;
import org.jixiao.report.domain.Section;

/**
 * The texts only a person writes (reasons, work done, problems, next steps), taken from the report's own
 * narrative: sections are matched by the meaning of their headings, and from a section that restates figures
 * only the reason clauses (主要原因是…) are kept, so that figures are always drafted from the tables.
 */
final class HumanText {

    private static final String[] REASON_MARKERS = {"主要原因是", "主要是因为", "主要原因", "原因是", "主要是由于"};

    private static final String[] COMPARISONS = {"与上年相比", "比上年", "较上年", "与年初预算相比", "完成年初预算的", "完成预算的"};

    private final List<Section> sections;

    HumanText(Report report, String part) {
        this.sections = report.narrative().stream().filter(s -> part.equals(s.part())).toList();
    }

    /** The first section whose heading matches, with its subsections (deeper levels up to the next sibling). */
    List<Section> subtree(Predicate<String> heading) {
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            if (s.heading() == null || !heading.test(s.heading())) continue;
            List<Section> out = new ArrayList<>();
            out.add(s);
            for (int k = i + 1; k < sections.size() && sections.get(k).level() > s.level(); k++) out.add(sections.get(k));
            return out;
        }
        return List.of();
    }

    /** The reason clauses of the matching sections' paragraphs, each once. */
    static List<String> reasons(List<Section> sections) {
        Set<String> out = new LinkedHashSet<>();
        for (Section s : sections) for (Paragraph p : s.paragraphs()) reasonOf(p.text()).ifPresent(out::add);
        return new ArrayList<>(out);
    }

    /** The clause from a reason marker to the end of its sentence: 主要原因是…。 */
    static java.util.Optional<String> reasonOf(String text) {
        int best = -1;
        for (String m : REASON_MARKERS) {
            int at = text.indexOf(m);
            if (at >= 0 && (best < 0 || at < best)) best = at;
        }
        if (best < 0) return java.util.Optional.empty();
        String clause = text.substring(best).strip();
        int end = clause.indexOf('。');
        clause = end >= 0 ? clause.substring(0, end) : clause;
        // A comparison inside a reason restates figures the drafter computes itself; it is cut, not copied.
        for (String comparison : COMPARISONS) {
            int at = clause.indexOf(comparison);
            if (at > 0) clause = clause.substring(0, at);
        }
        clause = clause.replaceAll("[，,；;：:\\s]+$", "") + "。";
        if (clause.length() <= "主要原因是：。".length()) return java.util.Optional.empty();
        return java.util.Optional.of(clause.replace("主要原因是：", "主要原因是").replace("主要原因是", "主要原因是："));
    }

    /** Does a heading contain every word and none of the excluded ones. */
    static Predicate<String> headingWith(String[] words, String... without) {
        return h -> {
            for (String w : words) if (!h.contains(w)) return false;
            for (String w : without) if (h.contains(w)) return false;
            return true;
        };
    }
}
