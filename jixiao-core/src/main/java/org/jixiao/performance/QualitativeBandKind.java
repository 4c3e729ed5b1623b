package org.jixiao.performance;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.jixiao.report.domain.Indicator;
import org.jixiao.report.domain.PerformanceSheet;
import org.jixiao.rules.CheckContext;
import org.jixiao.rules.RuleParameters;
import org.jixiao.rules.Violation;
import org.jixiao.scoring.Achievement;
import org.jixiao.scoring.Target;
import org.jixiao.scoring.Targets;

/**
 * {@code qualitative-band}: the score of a qualitative indicator lies in the band of its achievement (SPEC §4,
 * V53). {@code achievement: stated} — the actual names it (达成 / 部分达成 / 未达成); {@code inferred} — the
 * actual repeats the target word for word, which reads as 达成 ([80%, 100%] of the weight).
 */
final class QualitativeBandKind extends IndicatorKind {

    @Override
    public String name() {
        return "qualitative-band";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("sheets", "achievement");
    }

    @Override
    public Set<String> requiredParameters() {
        return Set.of("achievement");
    }

    @Override
    Optional<Violation> check(PerformanceSheet sheet, Indicator i, RuleParameters p, CheckContext context) {
        Optional<BigDecimal> w = Sheets.number(i.weight());
        Optional<BigDecimal> s = Sheets.number(i.score());
        if (w.isEmpty() || s.isEmpty() || i.target() == null || i.actual() == null) return Optional.empty();
        if (!(Targets.parse(i.target().text(), i.level1(), i.level2()) instanceof Target.Qualitative)) return Optional.empty();
        Optional<Achievement> stated = Achievement.stated(i.actual().text());
        Achievement achievement;
        String how;
        if (p.required("achievement").equals("stated")) {
            if (stated.isEmpty()) return Optional.empty();
            achievement = stated.get();
            how = "实际完成值为“" + i.actual().text() + "”";
        } else {
            if (stated.isPresent() || !Sheets.normalise(i.actual().text()).equals(Sheets.normalise(i.target().text()))) return Optional.empty();
            achievement = Achievement.ACHIEVED;
            how = "实际完成值与指标值相同（“" + i.actual().text() + "”），视为达成";
        }
        if (achievement.allows(w.get(), s.get())) return Optional.empty();
        BigDecimal share = s.get().multiply(BigDecimal.valueOf(100)).divide(w.get(), 1, java.math.RoundingMode.HALF_UP);
        return Optional.of(Violation.of(Sheets.at(sheet, i, "得分"), Sheets.plain(s.get()), achievement.band(w.get()),
                how + " ⇒ " + achievement.label() + "，得分区间 " + achievement.band(w.get()) + "；得分 " + Sheets.plain(s.get()) + " = 分值的 "
                        + share.toPlainString() + "%",
                values(sheet, i, how + (i.deviationReason() == null || i.deviationReason().isBlank() ? "" : "；偏差原因：" + i.deviationReason()))));
    }
}
