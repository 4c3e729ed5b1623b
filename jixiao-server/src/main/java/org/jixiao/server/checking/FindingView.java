package org.jixiao.server.checking;

import java.util.List;
import java.util.Map;
import org.jixiao.rules.Finding;
import org.jixiao.server.workflow.Explanation;
import org.jixiao.server.workflow.FindingKeys;

/**
 * A finding as the API shows it: the location as one Chinese line, the key that explanations and comments use,
 * and the explanation the unit wrote for it (null if none).
 */
public record FindingView(String key, String rule, String severity, String message, String location, String stated, String expected,
        String formula, List<String> alsoBy, String explanation) {

    public static FindingView of(Finding f, Map<String, Explanation> explanations) {
        String key = FindingKeys.of(f);
        Explanation explanation = explanations.get(key);
        return new FindingView(key, f.rule(), f.severity().name(), f.message(), f.location() == null ? null : f.location().describe(),
                f.stated(), f.expected(), f.formula(), f.alsoBy(), explanation == null ? null : explanation.body());
    }
}
