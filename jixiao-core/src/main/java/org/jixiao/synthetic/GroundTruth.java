package org.jixiao.synthetic;

import java.util.List;

/**
 * What an injected report is known to contain: the category, where and what was changed (before → after), the
 * rules that must report it with their severity, and the rules that may also fire as its consequences.
 */
public record GroundTruth(ErrorCategory category, long seed, String change, List<ErrorCategory.Expectation> expected, List<String> alsoAllowed) {

    public GroundTruth {
        expected = List.copyOf(expected);
        alsoAllowed = List.copyOf(alsoAllowed);
    }
}
