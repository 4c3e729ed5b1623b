package org.jixiao.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jixiao.shared.Provenance;

/**
 * Merges findings that prove the same mistake with the same evidence: the same source place (line, page,
 * paragraph or sheet cell of the same file), the same stated and expected numbers and the same severity — for example a
 * procurement total checked once from the disclosed figures and once from the sentence that states them. One
 * mistake is reported once — by the rule closest to the data (tables before disclosures, sheets, then
 * narrative and text; rule-set order among equals) — and the message names the others (另见 …).
 */
final class SameEvidence {

    private SameEvidence() {
    }

    private static final List<String> PRECEDENCE = List.of("TBL", "SG", "DSC", "UP", "BD", "SE", "NAR", "TXT");

    static List<Finding> merge(List<Finding> findings) {
        // By precedence, and in rule-set order among equals: one bucket per rank, filled in order.
        List<List<Finding>> byRank = new ArrayList<>();
        for (int rank = 0; rank <= PRECEDENCE.size(); rank++) byRank.add(new ArrayList<>());
        for (Finding f : findings) byRank.get(precedence(f)).add(f);
        List<Finding> ordered = new ArrayList<>(findings.size());
        byRank.forEach(ordered::addAll);
        Map<Object, Finding> kept = new LinkedHashMap<>();
        Map<Object, List<String>> alsoBy = new LinkedHashMap<>();
        List<Finding> unkeyed = new ArrayList<>();
        for (Finding f : ordered) {
            Key key = Key.of(f);
            if (key == null) {
                unkeyed.add(f);
                continue;
            }
            if (kept.putIfAbsent(key, f) != null) alsoBy.computeIfAbsent(key, k -> new ArrayList<>()).add(f.rule());
        }
        List<Finding> merged = new ArrayList<>(unkeyed);
        for (var entry : kept.entrySet()) {
            Finding f = entry.getValue();
            List<String> others = alsoBy.get(entry.getKey());
            if (others != null) {
                f = new Finding(f.rule(), f.severity(), f.message() + "（另见 " + String.join("、", others) + "）",
                        f.location(), f.stated(), f.expected(), f.formula(), others);
            }
            merged.add(f);
        }
        return merged;
    }

    private static int precedence(Finding f) {
        int dash = f.rule().indexOf('-');
        int rank = PRECEDENCE.indexOf(dash < 0 ? f.rule() : f.rule().substring(0, dash));
        return rank < 0 ? PRECEDENCE.size() : rank;
    }

    private record Key(String file, Integer line, Integer page, Integer paragraph, String cell, BigDecimal stated, BigDecimal expected,
            Severity severity) {

        static Key of(Finding f) {
            Provenance p = f.location() == null ? null : f.location().source();
            if (p == null || (p.line() == null && p.page() == null && p.paragraph() == null && p.cell() == null)) return null;
            BigDecimal stated = number(f.stated());
            BigDecimal expected = number(f.expected());
            if (stated == null || expected == null) return null;
            return new Key(Objects.toString(p.file(), ""), p.line(), p.page(), p.paragraph(), p.cell(), stated, expected, f.severity());
        }
    }

    /** The single number a value states ("532.13万元", "35辆", "1,474.07"), or null if it states none or several. */
    static BigDecimal number(String text) {
        if (text == null) return null;
        // One run of digits, points and minus signs (commas ignored), as the former NOT_NUMBER pattern left it.
        String digits = null;
        int at = 0;
        int n = text.length();
        while (at < n) {
            if (!numeric(text.charAt(at))) {
                at++;
                continue;
            }
            if (digits != null) return null;
            StringBuilder run = new StringBuilder();
            while (at < n && (numeric(text.charAt(at)) || text.charAt(at) == ',')) {
                if (text.charAt(at) != ',') run.append(text.charAt(at));
                at++;
            }
            digits = run.toString();
        }
        if (digits == null) return null;
        try {
            return new BigDecimal(digits).stripTrailingZeros();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean numeric(char c) {
        return (c >= '0' && c <= '9') || c == '.' || c == '-';
    }
}
