package org.jixiao.accounts;

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

/**
 * {@code zero-together}: an amount and the activity counts it pays for are zero together (V40): 因公出国 0万元
 * with 2 个团组, or 公务接待 5万元 with 0 人次, is suspicious either way.
 */
final class ZeroTogetherKind implements RuleKind {

    @Override
    public String name() {
        return "zero-together";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("amount", "counts");
    }

    @Override
    public Set<String> requiredParameters() {
        return Set.of("amount", "counts");
    }

    @Override
    public Set<String> messageValues() {
        return Set.of("amountLabel", "countLabels");
    }

    @Override
    public List<Violation> check(Report report, RuleParameters p, CheckContext context) {
        Optional<List<Operand>> amount = FigureRef.parse(p.required("amount")).resolve(report, context);
        if (amount.isEmpty() || amount.get().size() != 1) return List.of();
        Operand a = amount.get().get(0);
        Optional<Boolean> amountZero = a.amount().map(x -> x.isZero());
        if (amountZero.isEmpty()) return List.of();
        List<Operand> counts = new ArrayList<>();
        for (FigureRef ref : FigureRef.parseAll(p.list("counts"))) ref.resolve(report, context).ifPresent(counts::addAll);
        List<Operand> stated = counts.stream().filter(c -> c.number().isPresent()).toList();
        if (stated.isEmpty()) return List.of();
        boolean countsZero = stated.stream().allMatch(c -> c.number().get().signum() == 0);
        if (amountZero.get() == countsZero) return List.of();
        String countText = String.join("、", stated.stream().map(c -> c.label() + " " + c.number().get().stripTrailingZeros().toPlainString()).toList());
        return List.of(Violation.of(a.location(), a.label() + " " + a.amount().get() + "；" + countText,
                amountZero.get() ? "金额为0时数量应为0" : "金额不为0时应有数量",
                a.label() + " = 0 ⇔ 数量 = 0", Map.of("amountLabel", a.label(), "countLabels", countText)));
    }
}
