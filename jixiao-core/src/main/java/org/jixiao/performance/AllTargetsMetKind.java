package org.jixiao.performance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jixiao.report.domain.Indicator;
import org.jixiao.report.domain.PerformanceSheet;
import org.jixiao.report.domain.Report;
import org.jixiao.rules.CheckContext;
import org.jixiao.rules.RuleKind;
import org.jixiao.rules.RuleParameters;
import org.jixiao.rules.Violation;

/**
 * {@code all-targets-met}: every actual equals its target word for word and every score is full — not
 * credible without evidence (SPEC §4). Sheets with fewer than {@code minimum} (default 3) indicators are left.
 */
final class AllTargetsMetKind implements RuleKind {

    @Override
    public String name() {
        return "all-targets-met";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("sheets", "minimum");
    }

    @Override
    public Set<String> messageValues() {
        return Set.of("sheet", "count");
    }

    @Override
    public List<Violation> check(Report report, RuleParameters p, CheckContext context) {
        int minimum = Integer.parseInt(p.text("minimum").orElse("3"));
        List<Violation> out = new ArrayList<>();
        for (PerformanceSheet sheet : Sheets.selected(report, p)) {
            List<Indicator> rows = sheet.indicators();
            if (rows.size() < minimum) continue;
            boolean all = rows.stream().allMatch(i -> i.target() != null && i.actual() != null
                    && Sheets.normalise(i.target().text()).equals(Sheets.normalise(i.actual().text())) && full(i));
            if (!all) continue;
            out.add(Violation.of(Sheets.at(sheet, "绩效指标", null, sheet.at()), rows.size() + " 项指标实际值均等于指标值且均为满分",
                    "有佐证的实际完成值", "Σ 指标：实际完成值 = 年度指标值 且 得分 = 分值（" + rows.size() + "/" + rows.size() + "）",
                    Map.of("sheet", sheet.label(), "count", String.valueOf(rows.size()))));
        }
        return out;
    }

    private static boolean full(Indicator i) {
        Optional<BigDecimal> w = Sheets.number(i.weight());
        Optional<BigDecimal> s = Sheets.number(i.score());
        return w.isPresent() && s.isPresent() && w.get().compareTo(s.get()) == 0;
    }
}
