package org.jixiao.performance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jixiao.report.domain.FundRow;
import org.jixiao.report.domain.Indicator;
import org.jixiao.report.domain.PerformanceSheet;
import org.jixiao.report.domain.Report;
import org.jixiao.rules.CheckContext;
import org.jixiao.rules.RuleKind;
import org.jixiao.rules.RuleParameters;
import org.jixiao.rules.Violation;
import org.jixiao.shared.Amount;
import org.jixiao.shared.StatedNumber;

/**
 * {@code cost-versus-executed}: a 成本指标 whose actual is an amount in 万元 names a cost other than the
 * sheet's 全年执行数 — the project cannot have cost two amounts (V61-style cross-reference, WARNING).
 */
final class CostVersusExecutedKind implements RuleKind {

    @Override
    public String name() {
        return "cost-versus-executed";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("sheets");
    }

    @Override
    public Set<String> messageValues() {
        return Set.of("sheet", "indicator");
    }

    @Override
    public List<Violation> check(Report report, RuleParameters p, CheckContext context) {
        List<Violation> out = new ArrayList<>();
        for (PerformanceSheet sheet : Sheets.selected(report, p)) {
            if (sheet.funds() == null) continue;
            Optional<Amount> executed = sheet.funds().row("total").map(FundRow::executed).flatMap(f -> f == null ? Optional.empty() : f.amount());
            if (executed.isEmpty() || executed.get().isZero()) continue;
            for (Indicator i : sheet.indicators()) {
                boolean cost = Sheets.level1(i.level1()).contains("成本") || (i.level2() != null && i.level2().contains("成本"));
                if (!cost || i.actual() == null) continue;
                Optional<Amount> actual = i.actual().number().filter(n -> "万元".equals(n.unit()) && n.comparator() == null).flatMap(StatedNumber::asAmount);
                if (actual.isEmpty() || actual.get().equals(executed.get())) continue;
                out.add(Violation.of(Sheets.at(sheet, i, "实际完成值"), actual.get().toString(), executed.get().toString(),
                        "成本指标实际完成值 " + actual.get() + " 万元 = 资金情况 全年执行数 " + executed.get() + " 万元",
                        Map.of("sheet", sheet.label(), "indicator", i.name())));
            }
        }
        return out;
    }
}
