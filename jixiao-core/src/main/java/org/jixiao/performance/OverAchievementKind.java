package org.jixiao.performance;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.jixiao.report.domain.Indicator;
import org.jixiao.report.domain.PerformanceSheet;
import org.jixiao.rules.CheckContext;
import org.jixiao.rules.RuleParameters;
import org.jixiao.rules.Violation;
import org.jixiao.scoring.Scoring;
import org.jixiao.scoring.Target;
import org.jixiao.scoring.Targets;

/**
 * {@code over-achievement}: a higher-is-better actual at or above {@code ratio} (default 130%) of its target
 * without a 偏差原因: the target may have been set too low, and a reason is required (SPEC §4, V55).
 */
final class OverAchievementKind extends IndicatorKind {

    @Override
    public String name() {
        return "over-achievement";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("sheets", "overAchievement");
    }

    @Override
    Optional<Violation> check(PerformanceSheet sheet, Indicator i, RuleParameters p, CheckContext context) {
        Optional<Recomputed> r = Recomputed.of(i, Scoring.LowerFormula.PROPORTIONAL_DEVIATION, context);
        if (r.isEmpty()) return Optional.empty();
        Optional<BigDecimal> percent = ratio(i, r.get(), p);
        if (percent.isEmpty() || (i.deviationReason() != null && !i.deviationReason().isBlank())) return Optional.empty();
        return Optional.of(Violation.of(Sheets.at(sheet, i, "实际完成值"), text(i.actual()), "≤ " + threshold(p) + "% × " + text(i.target()),
                "实际 " + text(i.actual()) + " ÷ 目标 " + text(i.target()) + " = " + percent.get().toPlainString() + "% ≥ " + threshold(p) + "%",
                values(sheet, i, percent.get().toPlainString() + "%")));
    }

    /** actual ÷ target in percent when it reaches the threshold for a higher-is-better target. */
    static Optional<BigDecimal> ratio(Indicator i, Recomputed r, RuleParameters p) {
        if (!(r.target() instanceof Target.Quantitative q) || q.direction() != Target.Direction.HIGHER_IS_BETTER || q.value().signum() <= 0) {
            return Optional.empty();
        }
        Optional<BigDecimal> actual = Targets.actualFor(q, i.actual().text());
        if (actual.isEmpty()) return Optional.empty();
        BigDecimal percent = Scoring.percentOfTarget(actual.get(), q.value());
        return percent.compareTo(new BigDecimal(threshold(p))) >= 0 ? Optional.of(percent) : Optional.empty();
    }

    private static String threshold(RuleParameters p) {
        return p.text("overAchievement").orElse("130");
    }
}
