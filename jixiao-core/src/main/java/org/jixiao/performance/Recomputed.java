package org.jixiao.performance;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jixiao.report.domain.Indicator;
import org.jixiao.rules.CheckContext;
import org.jixiao.scoring.Scoring;
import org.jixiao.scoring.Target;
import org.jixiao.scoring.Targets;

/** An indicator's target read, its actual and weight, and whether the target is met, when all can be read. */
record Recomputed(Target target, boolean met, BigDecimal weight, BigDecimal score, Scoring.Score recomputed, String assumption) {

    /**
     * As {@link #of(Indicator, Scoring.LowerFormula)}, computed once per check run, indicator and formula: three rule
     * kinds (full score unmet, over-achievement, recomputed score) read the same recomputation.
     */
    static Optional<Recomputed> of(Indicator i, Scoring.LowerFormula lower, CheckContext context) {
        return context.derived(PerIndicator.class, i, PerIndicator::new).computeIfAbsent(lower, l -> of(i, l));
    }

    /** One indicator's recomputations in one check run, by lower-is-better formula. */
    private static final class PerIndicator extends ConcurrentHashMap<Scoring.LowerFormula, Optional<Recomputed>> {
    }

    /** Reads a quantitative or date indicator; empty for qualitative ones or unreadable numbers. */
    static Optional<Recomputed> of(Indicator i, Scoring.LowerFormula lower) {
        Optional<BigDecimal> w = Sheets.number(i.weight());
        Optional<BigDecimal> s = Sheets.number(i.score());
        if (w.isEmpty() || s.isEmpty() || i.target() == null || i.actual() == null) return Optional.empty();
        Target target = Targets.parse(i.target().text(), i.level1(), i.level2());
        if (target instanceof Target.Quantitative q) {
            Optional<BigDecimal> actual = Targets.actualFor(q, i.actual().text());
            if (actual.isEmpty()) return Optional.empty();
            Scoring.Score score = Scoring.quantitative(w.get(), q, actual.get(), lower);
            return Optional.of(new Recomputed(q, q.isMetBy(actual.get()), w.get(), s.get(), score, q.assumption()));
        }
        if (target instanceof Target.Date d) {
            Optional<Target.Date> actual = Targets.date(i.actual().text());
            if (actual.isEmpty()) return Optional.empty();
            boolean met = d.isMetBy(actual.get());
            return Optional.of(new Recomputed(d, met, w.get(), s.get(),
                    new Scoring.Score(met ? w.get() : BigDecimal.ZERO, met ? "按期完成 ⇒ 满分" : "未按期完成"), null));
        }
        return Optional.empty();
    }
}
