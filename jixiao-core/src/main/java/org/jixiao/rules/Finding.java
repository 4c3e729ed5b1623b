package org.jixiao.rules;

import java.util.Objects;

/**
 * One inconsistency with its evidence: the rule that found it, its severity, a Chinese message with the
 * numbers, where it is, the value as stated, the value recomputed (written the same way), and the formula
 * with its operands — enough for a reader with a calculator to verify it.
 */
public record Finding(String rule, Severity severity, String message, Location location, String stated, String expected, String formula) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }
}
