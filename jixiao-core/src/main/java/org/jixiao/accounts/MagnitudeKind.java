package org.jixiao.accounts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jixiao.report.domain.Report;
import org.jixiao.rules.CheckContext;
import org.jixiao.rules.RuleKind;
import org.jixiao.rules.RuleParameters;
import org.jixiao.rules.Violation;
import org.jixiao.shared.Amount;

/**
 * {@code magnitude}: a figure that should be of the same order as a reference (a table total against the
 * 收入支出决算总表) but is {@code threshold} times larger or smaller, which is what an amount in 元 among
 * 万元 looks like (SPEC §3: a unit wrong by 10,000 is a finding, not a silent conversion). The finding names
 * the factor as a power of ten.
 */
final class MagnitudeKind implements RuleKind {

    @Override
    public String name() {
        return "magnitude";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("reference", "figures", "threshold");
    }

    @Override
    public Set<String> requiredParameters() {
        return Set.of("reference", "figures");
    }

    @Override
    public Set<String> messageValues() {
        return Set.of("figure", "reference", "factor");
    }

    @Override
    public List<Violation> check(Report report, RuleParameters p, CheckContext context) {
        Optional<List<Operand>> ref = FigureRef.parse(p.required("reference")).resolve(report, context);
        if (ref.isEmpty() || ref.get().size() != 1) return List.of();
        Optional<Amount> base = ref.get().get(0).amount().filter(a -> !a.isZero());
        if (base.isEmpty()) return List.of();
        BigDecimal threshold = new BigDecimal(p.text("threshold").orElse("1000"));
        List<Violation> out = new ArrayList<>();
        for (FigureRef f : FigureRef.parseAll(p.list("figures"))) {
            for (Operand o : f.resolve(report, context).orElse(List.of())) {
                Optional<Amount> a = o.amount().filter(x -> !x.isZero());
                if (a.isEmpty()) continue;
                BigDecimal ratio = a.get().wanYuan().abs().divide(base.get().wanYuan().abs(), MathContext.DECIMAL64);
                boolean large = ratio.compareTo(threshold) >= 0;
                boolean small = ratio.multiply(threshold).compareTo(BigDecimal.ONE) <= 0;
                if (!large && !small) continue;
                int power = (int) Math.round(Math.log10(ratio.doubleValue()));
                String factor = BigDecimal.TEN.pow(Math.abs(power)).toPlainString();
                out.add(Violation.of(o.location(), a.get().toString(), "与 " + base.get() + " 同一数量级",
                        o.label() + " " + a.get() + " ÷ " + ref.get().get(0).label() + " " + base.get() + " ≈ "
                                + (large ? factor : "1/" + factor),
                        Map.of("figure", o.label(), "reference", ref.get().get(0).label(), "factor", (large ? "" : "1/") + factor)));
            }
        }
        return out;
    }
}
