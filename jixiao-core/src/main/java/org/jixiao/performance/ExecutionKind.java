package org.jixiao.performance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jixiao.report.domain.FundRow;
import org.jixiao.report.domain.PerformanceSheet;
import org.jixiao.report.domain.Report;
import org.jixiao.rules.CheckContext;
import org.jixiao.rules.Location;
import org.jixiao.rules.RuleKind;
import org.jixiao.rules.RuleParameters;
import org.jixiao.rules.Severity;
import org.jixiao.rules.Violation;
import org.jixiao.scoring.Scoring;
import org.jixiao.shared.Amount;
import org.jixiao.shared.Ratio;
import org.jixiao.shared.StatedNumber;

/**
 * {@code execution}: the 资金情况 of a 自评表 (SPEC §4, V56). {@code check: rate} — the stated 执行率 equals
 * 全年执行数 ÷ 全年预算数 at the stated precision (truncated is INFO; a zero 全年预算数 is a violation);
 * {@code check: score} — the stated 得分 equals 分值 × min(执行率, 1).
 */
final class ExecutionKind implements RuleKind {

    @Override
    public String name() {
        return "execution";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("sheets", "check");
    }

    @Override
    public Set<String> requiredParameters() {
        return Set.of("check");
    }

    @Override
    public Set<String> messageValues() {
        return Set.of("sheet");
    }

    @Override
    public List<Violation> check(Report report, RuleParameters p, CheckContext context) {
        List<Violation> out = new ArrayList<>();
        for (PerformanceSheet sheet : Sheets.selected(report, p)) {
            if (sheet.funds() == null) continue;
            Optional<FundRow> total = sheet.funds().row("total");
            if (total.isEmpty() || total.get().executed() == null || total.get().fullYearBudget() == null) continue;
            Optional<Amount> executed = total.get().executed().amount();
            Optional<Amount> budget = total.get().fullYearBudget().amount();
            if (executed.isEmpty() || budget.isEmpty()) continue;
            Map<String, String> values = Map.of("sheet", sheet.label());
            String operands = "全年执行数 " + executed.get() + " ÷ 全年预算数 " + budget.get();
            if (p.required("check").equals("rate")) {
                if (sheet.funds().executionRate() == null) continue;
                Optional<StatedNumber> stated = sheet.funds().executionRate().number().filter(StatedNumber::percent);
                if (stated.isEmpty()) continue;
                Location at = Sheets.at(sheet, "资金情况", "执行率", sheet.funds().executionRate().at());
                Ratio ratio = Ratio.of(executed.get(), budget.get());
                if (!(ratio instanceof Ratio.Percent pct)) {
                    out.add(Violation.of(at, sheet.funds().executionRate().text(), "（全年预算数为0，执行率无法计算）", operands, values));
                    continue;
                }
                int scale = stated.get().scale();
                Ratio.PercentMatch match = ratio.compare(stated.get().value(), scale);
                if (match == Ratio.PercentMatch.EQUAL) continue;
                Violation v = Violation.of(at, sheet.funds().executionRate().text(), pct.rounded(scale).toPlainString() + "%",
                        operands + " = " + pct.shown().toPlainString() + "%", values);
                out.add(match == Ratio.PercentMatch.TRUNCATED ? v.downgradedTo(Severity.INFO) : v);
            } else {
                Optional<BigDecimal> weight = Sheets.number(sheet.funds().weight());
                Optional<BigDecimal> score = Sheets.number(sheet.funds().score());
                if (weight.isEmpty() || score.isEmpty() || budget.get().isZero()) continue;
                BigDecimal expected = Scoring.executionScore(weight.get(), executed.get().wanYuan(), budget.get().wanYuan());
                if (expected.setScale(Math.max(score.get().scale(), 0), java.math.RoundingMode.HALF_UP).compareTo(score.get()) == 0) continue;
                out.add(Violation.of(Sheets.at(sheet, "资金情况", "得分", sheet.funds().score().at()), Sheets.plain(score.get()),
                        Sheets.plain(expected), "分值 " + Sheets.plain(weight.get()) + " × min(" + operands + ", 1) = " + Sheets.plain(expected), values));
            }
        }
        return out;
    }
}
