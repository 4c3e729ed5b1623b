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
import org.jixiao.report.domain.SectionWeight;
import org.jixiao.rules.CheckContext;
import org.jixiao.rules.RuleKind;
import org.jixiao.rules.RuleParameters;
import org.jixiao.rules.Violation;

/**
 * {@code weights}: the 分值 of a 自评表 add up (SPEC §4, V50). {@code check: sections} — the rows under each
 * 一级指标 add up to the weight its heading states (产出指标（50分）); {@code check: total} — all rows plus the
 * 预算执行率 weight add up to the stated total weight, else to {@code total} (default 100).
 */
final class WeightsKind implements RuleKind {

    @Override
    public String name() {
        return "weights";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("sheets", "check", "total");
    }

    @Override
    public Set<String> requiredParameters() {
        return Set.of("check");
    }

    @Override
    public Set<String> messageValues() {
        return Set.of("sheet", "section", "rows");
    }

    @Override
    public List<Violation> check(Report report, RuleParameters p, CheckContext context) {
        List<Violation> out = new ArrayList<>();
        for (PerformanceSheet sheet : Sheets.selected(report, p)) {
            if (sheet.indicators().isEmpty()) continue;
            if (p.required("check").equals("sections")) {
                for (SectionWeight section : sheet.sectionWeights()) {
                    Optional<BigDecimal> stated = Sheets.number(section.weight());
                    String name = Sheets.level1(section.level1());
                    List<Indicator> rows = sheet.indicators().stream().filter(i -> Sheets.level1(i.level1()).equals(name)).toList();
                    if (stated.isEmpty() || rows.isEmpty()) continue;
                    List<BigDecimal> weights = new ArrayList<>();
                    for (Indicator i : rows) {
                        Optional<BigDecimal> w = Sheets.number(i.weight());
                        if (w.isEmpty()) return out;
                        weights.add(w.get());
                    }
                    BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                    if (sum.compareTo(stated.get()) == 0) continue;
                    String expr = String.join(" + ", weights.stream().map(Sheets::plain).toList());
                    out.add(Violation.of(Sheets.at(sheet, section.level1(), "分值", section.weight().at() != null ? section.weight().at() : rows.get(0).at()),
                            Sheets.plain(stated.get()), Sheets.plain(sum), name + "（" + Sheets.plain(stated.get()) + "分） = Σ 三级指标分值 = " + expr + " = " + Sheets.plain(sum),
                            Map.of("sheet", sheet.label(), "section", name, "rows", expr)));
                }
            } else {
                List<BigDecimal> weights = new ArrayList<>();
                Optional<BigDecimal> execution = sheet.funds() == null ? Optional.empty() : Sheets.number(sheet.funds().weight());
                execution.ifPresent(weights::add);
                for (Indicator i : sheet.indicators()) {
                    Optional<BigDecimal> w = Sheets.number(i.weight());
                    if (w.isEmpty()) return out;
                    weights.add(w.get());
                }
                BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal expected = Sheets.number(sheet.totalWeight()).orElse(new BigDecimal(p.text("total").orElse("100")));
                if (sum.compareTo(expected) == 0) continue;
                String expr = String.join(" + ", weights.stream().map(Sheets::plain).toList());
                out.add(Violation.of(Sheets.at(sheet, "总分", "分值", sheet.totalWeight() != null ? sheet.totalWeight().at() : sheet.at()),
                        Sheets.plain(sum), Sheets.plain(expected),
                        (execution.isPresent() ? "执行率分值 + " : "") + "Σ 三级指标分值 = " + expr + " = " + Sheets.plain(sum) + " ≠ " + Sheets.plain(expected),
                        Map.of("sheet", sheet.label(), "section", "", "rows", expr)));
            }
        }
        return out;
    }
}
