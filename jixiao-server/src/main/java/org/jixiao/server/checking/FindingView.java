package org.jixiao.server.checking;

import java.util.List;
import java.util.Map;
import org.jixiao.rules.Finding;
import org.jixiao.server.workflow.Explanation;
import org.jixiao.server.workflow.FindingKeys;

/**
 * A finding as the API shows it: the location as one Chinese line, the key that explanations and comments use,
 * the explanation the unit wrote for it (null if none), and the JSON pointer of its cell, row, table or sheet in the
 * report when {@link FindingPointers} can place it (null otherwise).
 */
public record FindingView(String key, String rule, String severity, String message, String location, String stated, String expected,
        String formula, List<String> alsoBy, String explanation, String pointer) {

    public static FindingView of(Finding f, Map<String, Explanation> explanations) {
        return of(f, explanations, null);
    }

    public static FindingView of(Finding f, Map<String, Explanation> explanations, FindingPointers pointers) {
        String key = FindingKeys.of(f);
        Explanation explanation = explanations.get(key);
        return new FindingView(key, f.rule(), f.severity().name(), f.message(), f.location() == null ? null : f.location().describe(),
                f.stated(), f.expected(), f.formula(), f.alsoBy(), explanation == null ? null : explanation.body(),
                pointers == null ? null : pointers.pointer(f.location()));
    }
}
