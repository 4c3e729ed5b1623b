package org.jixiao.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.rules.RuleParameters;
import org.jixiao.rules.Violation;

/**
 * An amount written in 元 that is really in 万元 (SPEC §3: a finding, never a silent conversion): the list it
 * belongs to adds up only when its number is read as 万元, or the same subject is stated elsewhere (another
 * sentence or the table) in 万元 with the same number.
 */
final class UnitFactorKind extends NarrativeKind {

    UnitFactorKind() {
        super("narrative-unit-factor");
    }

    /** True when the list adds up with its 元 amounts read as 万元 but not converted. */
    static boolean onlyHoldsAsWritten(Groups.Group g) {
        boolean yuan = "元".equals(g.head().unit()) || g.parts().stream().anyMatch(x -> "元".equals(x.unit()));
        if (!yuan) return false;
        BigDecimal asWritten = g.sumAsWritten();
        return asWritten.compareTo(g.head().value()) == 0 && g.sum().compareTo(g.head().wanYuan()) != 0;
    }

    @Override
    List<Violation> check(Narrative n, RuleParameters parameters) {
        List<Violation> out = new ArrayList<>();
        for (Passage p : n.passages()) {
            List<Mention> reported = new ArrayList<>();
            for (Groups.Group g : p.groups(Mention.Type.MONEY)) {
                if (!onlyHoldsAsWritten(g)) continue;
                List<Mention> all = new ArrayList<>(g.parts());
                all.add(g.head());
                for (Mention m : all) {
                    if (!"元".equals(m.unit())) continue;
                    reported.add(m);
                    out.add(violation(p.location(m), m.raw(), m.value().toPlainString() + "万元",
                            "按万元计 " + g.parts().stream().map(x -> x.value().toPlainString()).reduce((a, b) -> a + " + " + b).orElse("")
                                    + " = " + g.head().value().toPlainString() + "成立，按元计不成立：单位相差10,000倍"));
                }
            }
            for (Mention m : p.mentions()) {
                if (!m.isMoney() || !"元".equals(m.unit()) || m.key() == null || reported.contains(m)) continue;
                Optional<Narrative.Bound> bound = n.bind(p, m.key(), m.measure().orActual(), m);
                if (bound.isEmpty() || bound.get().value().compareTo(m.value()) != 0) continue;
                out.add(violation(p.location(m), m.raw(), m.value().toPlainString() + "万元",
                        m.value().toPlainString() + "元 = " + m.wanYuan().stripTrailingZeros().toPlainString() + "万元，而" + bound.get().source()
                                + "为" + bound.get().value().toPlainString() + "万元：单位相差10,000倍"));
            }
        }
        return out;
    }
}
