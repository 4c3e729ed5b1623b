package org.jixiao.performance;

import java.math.BigDecimal;
import java.util.Optional;
import org.jixiao.report.domain.Indicator;
import org.jixiao.report.domain.PerformanceSheet;
import org.jixiao.rules.CheckContext;
import org.jixiao.rules.RuleParameters;
import org.jixiao.rules.Violation;

/** {@code deviation-reason}: a score below the weight needs a 偏差原因分析及改进措施 (SPEC §4, V54). */
final class DeviationReasonKind extends IndicatorKind {

    @Override
    public String name() {
        return "deviation-reason";
    }

    @Override
    Optional<Violation> check(PerformanceSheet sheet, Indicator i, RuleParameters p, CheckContext context) {
        Optional<BigDecimal> w = Sheets.number(i.weight());
        Optional<BigDecimal> s = Sheets.number(i.score());
        if (w.isEmpty() || s.isEmpty() || s.get().compareTo(w.get()) >= 0) return Optional.empty();
        if (i.deviationReason() != null && !i.deviationReason().isBlank()) return Optional.empty();
        return Optional.of(Violation.of(Sheets.at(sheet, i, "偏差原因分析及改进措施"), "（空）", "偏差原因分析及改进措施",
                "得分 " + Sheets.plain(s.get()) + " < 分值 " + Sheets.plain(w.get()) + " ⇒ 应说明偏差原因", values(sheet, i, "")));
    }
}
