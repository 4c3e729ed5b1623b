package org.jixiao.rules;

import java.util.List;
import java.util.Objects;

/**
 * One inconsistency with its evidence: the rule that found it, its severity, a Chinese message with the
 * numbers, where it is, the value as stated, the value recomputed (written the same way), and the formula
 * with its operands — enough for a reader with a calculator to verify it. {@code alsoBy} names the other rules
 * that proved the same mistake with the same evidence and were merged into this finding (SameEvidence; the
 * message ends 另见 …).
 */
public record Finding(String rule, Severity severity, String message, Location location, String stated, String expected, String formula,
        List<String> alsoBy) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        alsoBy = alsoBy == null ? List.of() : List.copyOf(alsoBy);
    }

    /** A finding no other rule shares. */
    public Finding(String rule, Severity severity, String message, Location location, String stated, String expected, String formula) {
        this(rule, severity, message, location, stated, expected, formula, List.of());
    }

    /** The rules this finding speaks for: its own, then those merged into it. */
    public List<String> rules() {
        List<String> all = new java.util.ArrayList<>(List.of(rule));
        all.addAll(alsoBy);
        return all;
    }
}
