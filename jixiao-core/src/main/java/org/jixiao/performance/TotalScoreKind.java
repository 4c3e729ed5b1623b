package org.jixiao.performance;

import java.math.BigDecimal;
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
import org.jixiao.scoring.Scoring;
import org.jixiao.shared.Amount;

/**
 * {@code total-score}: the stated 总分 equals the 预算执行率 得分 plus every indicator's 得分 (SPEC §4). When
 * the sheet omits the 执行率 得分 cell, it is recomputed as 分值 × min(执行率, 1) and the formula says so.
 */
final class TotalScoreKind implements RuleKind {

    @Override
    public String name() {
        return "total-score";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("sheets");
    }

    @Override
    public Set<String> messageValues() {
        return Set.of("sheet", "scores");
    }

    @Override
    public List<Violation> check(Report report, RuleParameters p, CheckContext context) {
        List<Violation> out = new ArrayList<>();
        for (PerformanceSheet sheet : Sheets.selected(report, p)) {
            Optional<BigDecimal> stated = Sheets.number(sheet.totalScore());
            if (stated.isEmpty() || sheet.indicators().isEmpty()) continue;
            List<String> parts = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            Optional<BigDecimal> execution = executionScore(sheet);
            if (execution.isPresent()) {
                sum = sum.add(execution.get());
                parts.add(Sheets.plain(execution.get()) + (sheet.funds().score() == null || sheet.funds().score().isBlank() ? "（执行率得分，按分值×执行率补算）" : ""));
            }
            boolean complete = true;
            for (Indicator i : sheet.indicators()) {
                Optional<BigDecimal> s = Sheets.number(i.score());
                if (s.isEmpty()) {
                    complete = false;
                    break;
                }
                sum = sum.add(s.get());
                parts.add(Sheets.plain(s.get()));
            }
            if (!complete || sum.compareTo(stated.get()) == 0) continue;
            String expr = String.join(" + ", parts);
            out.add(Violation.of(Sheets.at(sheet, "总分", "得分", sheet.totalScore().at() != null ? sheet.totalScore().at() : sheet.at()),
                    Sheets.plain(stated.get()), Sheets.plain(sum), "总分 = Σ 得分 = " + expr + " = " + Sheets.plain(sum),
                    Map.of("sheet", sheet.label(), "scores", expr)));
        }
        return out;
    }

    static Optional<BigDecimal> executionScore(PerformanceSheet sheet) {
        if (sheet.funds() == null) return Optional.empty();
        Optional<BigDecimal> stated = Sheets.number(sheet.funds().score());
        if (stated.isPresent()) return stated;
        Optional<BigDecimal> weight = Sheets.number(sheet.funds().weight());
        Optional<FundRow> total = sheet.funds().row("total");
        if (weight.isEmpty() || total.isEmpty() || total.get().executed() == null || total.get().fullYearBudget() == null) return Optional.empty();
        Optional<Amount> executed = total.get().executed().amount();
        Optional<Amount> budget = total.get().fullYearBudget().amount();
        if (executed.isEmpty() || budget.isEmpty() || budget.get().isZero()) return Optional.empty();
        return Optional.of(Scoring.executionScore(weight.get(), executed.get().wanYuan(), budget.get().wanYuan()));
    }
}
