package org.jixiao.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jixiao.rules.RuleParameters;
import org.jixiao.rules.Severity;
import org.jixiao.rules.Violation;

/**
 * 完成预算表述 (V46): "完成(年初)预算的X%" against 决算 ÷ 预算 of the same sentence. {@code case: ratio}
 * recomputes the ratio; {@code case: zero-base} reports a ratio over a budget of 0 that is not 0% over 0/0
 * (the text must say 年初未安排预算); {@code case: zero-over-zero} reports 0% over 0/0. A sentence that also
 * states an in-year adjustment has two possible bases and is not checked.
 */
final class CompletionKind extends NarrativeKind {

    @Override
    public java.util.Set<String> messageValues() {
        return java.util.Set.of("actual", "base", "budget");
    }


    CompletionKind() {
        super("narrative-completion", Set.of("case"), Set.of("case"));
    }

    @Override
    List<Violation> check(Narrative n, RuleParameters parameters) {
        String wanted = parameters.required("case");
        List<Violation> out = new ArrayList<>();
        for (Passage p : n.passages()) {
            for (Mention pct : p.mentions()) {
                if (pct.role() != Mention.Role.COMPLETION) continue;
                List<Mention> before = p.inSentence(pct.sentence()).stream().filter(x -> x.start() < pct.start() && x.isMoney()).toList();
                if (before.stream().anyMatch(x -> x.measure() == Measure.ADJUST_UP || x.measure() == Measure.ADJUST_DOWN)) continue;
                List<Mention> budgets = before.stream().filter(x -> x.measure().isBudget()).toList();
                List<Mention> actuals = before.stream().filter(x -> x.measure() == Measure.ACTUAL).toList();
                if (budgets.isEmpty() || actuals.isEmpty()) continue;
                if (budgets.stream().map(x -> x.wanYuan().stripTrailingZeros()).distinct().count() > 1) continue;
                Mention budget = budgets.get(budgets.size() - 1);
                Mention actual = actuals.get(actuals.size() - 1);
                String base = "年初预算".equals(pct.word()) ? "年初预算" : "预算";
                if (budget.wanYuan().signum() == 0) {
                    boolean zeroOverZero = actual.wanYuan().signum() == 0 && pct.value().signum() == 0;
                    if ((zeroOverZero && wanted.equals("zero-over-zero")) || (!zeroOverZero && wanted.equals("zero-base"))) {
                        out.add(violation(p.location(pct), "完成" + base + "的" + pct.raw(), base + "为0，应表述为“年初未安排预算”",
                                actual.amountText() + " ÷ " + budget.amountText() + "：分母为0，比率无意义", "base", base));
                    }
                    continue;
                }
                if (!wanted.equals("ratio")) continue;
                BigDecimal exact = Numbers.percent(actual.wanYuan(), budget.wanYuan());
                Numbers.Agreement a = Numbers.compare(pct.value(), pct.scale(), exact);
                if (a == Numbers.Agreement.EQUAL) continue;
                String expected = Numbers.percentText(exact, pct.scale());
                Violation v = violation(p.location(pct), pct.raw(), expected,
                        actual.amountText() + " ÷ " + budget.amountText() + " × 100% = " + expected,
                        "actual", actual.amountText(), "budget", budget.amountText(), "base", base);
                out.add(a == Numbers.Agreement.TRUNCATED ? v.downgradedTo(Severity.INFO) : v);
            }
        }
        return out;
    }
}
