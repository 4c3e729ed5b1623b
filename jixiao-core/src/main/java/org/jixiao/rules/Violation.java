package org.jixiao.rules;

import java.util.Map;

/**
 * What a rule kind reports before the registry dresses it as a finding: where, the stated and expected
 * values, the formula with its operands filled in, and named values for the rule's message template
 * ({@code {stated}}, {@code {expected}} and any others). A kind may lower the severity (e.g. a difference
 * inside the rounding band is INFO although the rule is an ERROR rule); it never raises it.
 */
public record Violation(Location location, String stated, String expected, String formula, Map<String, String> values, Severity downgradeTo) {

    public Violation {
        values = values == null ? Map.of() : Map.copyOf(values);
    }

    public static Violation of(Location location, String stated, String expected, String formula, Map<String, String> values) {
        return new Violation(location, stated, expected, formula, values, null);
    }

    public Violation downgradedTo(Severity severity) {
        return new Violation(location, stated, expected, formula, values, severity);
    }
}
