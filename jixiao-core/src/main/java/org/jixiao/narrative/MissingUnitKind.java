package org.jixiao.narrative;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.rules.RuleParameters;
import org.jixiao.rules.Violation;

/** An amount written without a unit in a sentence of 万元 amounts ({@code 疫情防控专项经费 101.06，}): INFO. */
final class MissingUnitKind extends NarrativeKind {

    MissingUnitKind() {
        super("narrative-missing-unit");
    }

    @Override
    List<Violation> check(Narrative n, RuleParameters parameters) {
        List<Violation> out = new ArrayList<>();
        for (Passage p : n.passages()) {
            for (Mention m : p.mentions()) {
                if (!m.isMoney() || m.hasUnit()) continue;
                out.add(violation(p.location(m), m.raw(), m.raw() + "万元", "同句其他金额的单位为万元"));
            }
        }
        return out;
    }
}
