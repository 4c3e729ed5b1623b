package org.jixiao.accounts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jixiao.report.domain.Report;
import org.jixiao.rules.CheckContext;
import org.jixiao.rules.RuleKind;
import org.jixiao.rules.RuleParameters;
import org.jixiao.rules.Severity;
import org.jixiao.rules.Violation;
import org.jixiao.shared.Ratio;
import org.jixiao.shared.StatedNumber;

/**
 * {@code rate}: with {@code rate} given, the stated percentage equals numerator ÷ denominator rounded half-up
 * to the stated precision (a truncated value is INFO, SPEC §3); without it, {@code limit} (percent) bounds
 * the recomputed ratio — e.g. 控制率 = 在职 ÷ 编制 over 100% is 超编, a WARNING.
 */
final class RateKind implements RuleKind {

    @Override
    public String name() {
        return "rate";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("numerator", "denominator", "rate", "limit");
    }

    @Override
    public Set<String> requiredParameters() {
        return Set.of("numerator", "denominator");
    }

    @Override
    public Set<String> messageValues() {
        return Set.of("numerator", "denominator");
    }

    @Override
    public List<Violation> check(Report report, RuleParameters p, CheckContext context) {
        Optional<Operand> num = single(report, context, p.required("numerator"));
        Optional<Operand> den = single(report, context, p.required("denominator"));
        if (num.isEmpty() || den.isEmpty()) return List.of();
        Optional<BigDecimal> n = num.get().number();
        Optional<BigDecimal> d = den.get().number();
        if (n.isEmpty() || d.isEmpty()) return List.of();
        Ratio ratio = Ratio.of(n.get(), d.get());
        Map<String, String> values = Map.of("numerator", num.get().label(), "denominator", den.get().label());
        String operands = num.get().label() + " " + plain(n.get()) + " ÷ " + den.get().label() + " " + plain(d.get());
        if (p.text("rate").isPresent()) {
            Optional<Operand> rate = single(report, context, p.required("rate"));
            Optional<StatedNumber> stated = rate.flatMap(r -> r.figure().number()).filter(StatedNumber::percent);
            if (stated.isEmpty()) return List.of();
            int scale = stated.get().scale();
            Ratio.PercentMatch match = ratio.compare(stated.get().value(), scale);
            if (match == Ratio.PercentMatch.EQUAL || match == Ratio.PercentMatch.OVER_ZERO_BASE) return List.of();
            String expected = ((Ratio.Percent) ratio).rounded(scale).toPlainString() + "%";
            Violation v = Violation.of(rate.get().location(), rate.get().figure().text(), expected,
                    operands + " × 100% = " + ((Ratio.Percent) ratio).shown().toPlainString() + "%", values);
            return List.of(match == Ratio.PercentMatch.TRUNCATED ? v.downgradedTo(Severity.INFO) : v);
        }
        BigDecimal limit = new BigDecimal(p.text("limit").orElse("100"));
        if (ratio instanceof Ratio.Percent pct && pct.value().compareTo(limit) > 0) {
            return List.of(Violation.of(num.get().location(), pct.rounded(2).toPlainString() + "%", "≤ " + limit.toPlainString() + "%",
                    operands + " × 100% = " + pct.rounded(2).toPlainString() + "% > " + limit.toPlainString() + "%", values));
        }
        return List.of();
    }

    private static Optional<Operand> single(Report report, CheckContext context, String ref) {
        return FigureRef.parse(ref).resolve(report, context).filter(l -> l.size() == 1).map(l -> l.get(0));
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
