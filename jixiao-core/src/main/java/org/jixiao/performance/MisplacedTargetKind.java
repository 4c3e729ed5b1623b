package org.jixiao.performance;

import java.math.BigDecimal;
import java.util.Optional;
import org.jixiao.report.domain.Indicator;
import org.jixiao.report.domain.PerformanceSheet;
import org.jixiao.rules.CheckContext;
import org.jixiao.rules.RuleParameters;
import org.jixiao.rules.Violation;
import org.jixiao.scoring.Target;
import org.jixiao.scoring.Targets;

/**
 * {@code misplaced-target}: a target that looks like a value of another column — a bare number equal to the
 * row's 分值 (a shifted weight), or a date outside 时效指标.
 */
final class MisplacedTargetKind extends IndicatorKind {

    @Override
    public String name() {
        return "misplaced-target";
    }

    @Override
    Optional<Violation> check(PerformanceSheet sheet, Indicator i, RuleParameters p, CheckContext context) {
        if (i.target() == null) return Optional.empty();
        Target t = Targets.parse(i.target().text(), i.level1(), i.level2());
        if (t instanceof Target.Date && (i.level2() == null || !i.level2().contains("时效"))) {
            return Optional.of(Violation.of(Sheets.at(sheet, i, "年度指标值"), i.target().text(), "时效指标下的日期",
                    "日期型指标值应在时效指标下（此行二级指标：" + (i.level2() == null ? "无" : i.level2()) + "）", values(sheet, i, "日期")));
        }
        Optional<BigDecimal> w = Sheets.number(i.weight());
        if (t instanceof Target.Quantitative q && q.comparator() == null && q.unit() == null && w.isPresent() && q.value().compareTo(w.get()) == 0) {
            return Optional.of(Violation.of(Sheets.at(sheet, i, "年度指标值"), i.target().text(), "带单位或比较符的指标值",
                    "指标值 " + i.target().text() + " 无单位且等于分值 " + Sheets.plain(w.get()) + "，疑为分值错列", values(sheet, i, "分值")));
        }
        return Optional.empty();
    }
}
