package org.jixiao.performance;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.report.domain.Indicator;
import org.jixiao.report.domain.PerformanceSheet;
import org.jixiao.rules.CheckContext;
import org.jixiao.rules.RuleParameters;
import org.jixiao.rules.Violation;

/** {@code execution-rate-as-output}: 预算执行率 (or 资金支付率, {@code names}) used as a 产出指标 (V60): it is scored separately. */
final class ExecutionRateAsOutputKind extends IndicatorKind {

    @Override
    public String name() {
        return "execution-rate-as-output";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("sheets", "names");
    }

    @Override
    public Set<String> requiredParameters() {
        return Set.of("names");
    }

    @Override
    Optional<Violation> check(PerformanceSheet sheet, Indicator i, RuleParameters p, CheckContext context) {
        if (!Sheets.level1(i.level1()).contains("产出")) return Optional.empty();
        List<String> names = p.list("names");
        Optional<String> hit = names.stream().filter(n -> i.name().contains(n)).findFirst();
        if (hit.isEmpty()) return Optional.empty();
        return Optional.of(Violation.of(Sheets.at(sheet, i, "三级指标"), i.name(), "产出指标（数量、质量、时效、成本）",
                "“" + hit.get() + "”已在资金情况中单独计分，不应作为产出指标", values(sheet, i, hit.get())));
    }
}
