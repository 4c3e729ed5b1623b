package org.jixiao.performance;

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

/** A rule kind that looks at one 三级指标 row at a time; subclasses give the check. */
abstract class IndicatorKind implements RuleKind {

    @Override
    public Set<String> parameters() {
        return Set.of("sheets");
    }

    @Override
    public Set<String> messageValues() {
        return Set.of("sheet", "indicator", "detail");
    }

    @Override
    public final List<Violation> check(Report report, RuleParameters p, CheckContext context) {
        List<Violation> out = new ArrayList<>();
        for (PerformanceSheet sheet : Sheets.selected(report, p)) {
            for (Indicator indicator : sheet.indicators()) check(sheet, indicator, p, context).ifPresent(out::add);
        }
        return out;
    }

    abstract Optional<Violation> check(PerformanceSheet sheet, Indicator indicator, RuleParameters p, CheckContext context);

    static Map<String, String> values(PerformanceSheet sheet, Indicator indicator, String detail) {
        return Map.of("sheet", sheet.label(), "indicator", indicator.name(), "detail", detail);
    }

    static String text(org.jixiao.shared.Figure f) {
        return f == null ? "" : f.text();
    }
}
