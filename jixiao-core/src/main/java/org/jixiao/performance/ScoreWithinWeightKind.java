package org.jixiao.performance;

import java.math.BigDecimal;
import java.util.Optional;
import org.jixiao.report.domain.Indicator;
import org.jixiao.report.domain.PerformanceSheet;
import org.jixiao.rules.CheckContext;
import org.jixiao.rules.RuleParameters;
import org.jixiao.rules.Violation;

/** {@code score-within-weight}: 0 ≤ 得分 ≤ 分值 for every indicator (SPEC §4). */
final class ScoreWithinWeightKind extends IndicatorKind {

    @Override
    public String name() {
        return "score-within-weight";
    }

    @Override
    Optional<Violation> check(PerformanceSheet sheet, Indicator i, RuleParameters p, CheckContext context) {
        Optional<BigDecimal> w = Sheets.number(i.weight());
        Optional<BigDecimal> s = Sheets.number(i.score());
        if (w.isEmpty() || s.isEmpty() || (s.get().compareTo(w.get()) <= 0 && s.get().signum() >= 0)) return Optional.empty();
        return Optional.of(Violation.of(Sheets.at(sheet, i, "得分"), Sheets.plain(s.get()), "0 – " + Sheets.plain(w.get()),
                "0 ≤ 得分 " + Sheets.plain(s.get()) + " ≤ 分值 " + Sheets.plain(w.get()), values(sheet, i, "")));
    }
}
