package org.jixiao.accounts;

import java.math.BigDecimal;
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
import org.jixiao.shared.RoundingBand;

/**
 * {@code unit-factor}: an identity (total = Σ terms) that fails as stated but holds when one operand is
 * divided by 10,000 — that operand was written in 元 among 万元. Names the operand and the factor.
 */
final class UnitFactorKind implements RuleKind {

    private static final BigDecimal FACTOR = BigDecimal.valueOf(10_000);

    @Override
    public String name() {
        return "unit-factor";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("total", "terms");
    }

    @Override
    public Set<String> requiredParameters() {
        return Set.of("total", "terms");
    }

    @Override
    public Set<String> messageValues() {
        return Set.of("figure", "factor");
    }

    @Override
    public List<Violation> check(Report report, RuleParameters p, CheckContext context) {
        Optional<List<Operand>> total = FigureRef.parse(p.required("total")).resolve(report, context);
        if (total.isEmpty() || total.get().size() != 1) return List.of();
        List<Operand> all = new ArrayList<>(total.get());
        for (FigureRef ref : FigureRef.parseAll(p.list("terms"))) {
            Optional<List<Operand>> r = ref.resolve(report, context);
            if (r.isEmpty()) return List.of();
            all.addAll(r.get());
        }
        List<BigDecimal> values = new ArrayList<>();
        for (Operand o : all) {
            Optional<Amount> a = o.amount();
            if (a.isEmpty()) return List.of();
            values.add(a.get().wanYuan());
        }
        RoundingBand band = RoundingBand.forTerms(all.size());
        if (holds(values, -1, band)) return List.of();
        for (int i = 0; i < all.size(); i++) {
            if (values.get(i).signum() == 0 || !holds(values, i, band)) continue;
            Operand o = all.get(i);
            BigDecimal scaled = values.get(i).divide(FACTOR).setScale(2, java.math.RoundingMode.HALF_UP);
            return List.of(Violation.of(o.location(), values.get(i).toPlainString(), scaled.toPlainString(),
                    o.label() + " " + values.get(i).toPlainString() + " ÷ 10000 = " + scaled.toPlainString() + " 时等式成立",
                    Map.of("figure", o.label(), "factor", "10000")));
        }
        return List.of();
    }

    /** total = Σ terms with operand {@code scaledIndex} (if ≥ 0) divided by 10,000. */
    private static boolean holds(List<BigDecimal> values, int scaledIndex, RoundingBand band) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < values.size(); i++) {
            BigDecimal v = i == scaledIndex ? values.get(i).divide(FACTOR) : values.get(i);
            total = i == 0 ? total.add(v) : total.subtract(v);
        }
        return band.covers(new Amount(total.setScale(2, java.math.RoundingMode.HALF_UP)));
    }
}
