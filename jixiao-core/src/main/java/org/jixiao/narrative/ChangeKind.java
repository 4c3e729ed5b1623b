package org.jixiao.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.rules.RuleParameters;
import org.jixiao.rules.Severity;
import org.jixiao.rules.Violation;

/**
 * 增减表述 (V45): "与上年相比，增加/减少Δ万元，增长/下降p%". The prior year the sentence implies is
 * 上年 = 本年 ∓ Δ, where 本年 is the amount the change follows in its sentence or the sentence before.
 * {@code case: percent} checks p = Δ ÷ 上年; {@code case: zero-prior} reports a rate over a prior year of 0
 * (the text must say 新增); {@code case: direction} reports an amount word and a percent word of opposite
 * direction (减少…增长), or a word contradicting a stated 上年 amount.
 */
final class ChangeKind extends NarrativeKind {

    @Override
    public java.util.Set<String> messageValues() {
        return java.util.Set.of("prior");
    }


    private static final Set<String> UP = Set.of("增加", "增长", "上升", "提高");

    ChangeKind() {
        super("narrative-change", Set.of("case"), Set.of("case"));
    }

    @Override
    List<Violation> check(Narrative n, RuleParameters parameters) {
        String wanted = parameters.required("case");
        List<Violation> out = new ArrayList<>();
        for (Passage p : n.passages()) {
            for (Mention delta : p.mentions()) {
                if (delta.measure() != Measure.CHANGE || !delta.isMoney()) continue;
                Optional<Mention> current = current(p, delta);
                if (current.isEmpty() || !priorYearBase(p, delta)) continue;
                Optional<Mention> pct = p.inSentence(delta.sentence()).stream()
                        .filter(x -> x.start() > delta.start() && x.role() == Mention.Role.CHANGE).findFirst()
                        .filter(x -> p.mentions().stream().noneMatch(y -> y.start() > delta.start() && y.start() < x.start() && y.isMoney()));
                Optional<Mention> statedPrior = p.inSentence(delta.sentence()).stream().filter(x -> x.measure() == Measure.PRIOR && x.isMoney()).findFirst();
                boolean up = UP.contains(delta.word());
                if (wanted.equals("direction")) {
                    direction(p, delta, pct, statedPrior, current.get(), up).ifPresent(out::add);
                    continue;
                }
                if (pct.isEmpty() || UP.contains(pct.get().word()) != up) continue;
                BigDecimal prior = up ? current.get().wanYuan().subtract(delta.wanYuan()) : current.get().wanYuan().add(delta.wanYuan());
                String priorFormula = "上年 = " + current.get().amountText() + (up ? " − " : " + ") + delta.amountText() + " = " + Numbers.amount(prior);
                if (prior.signum() == 0) {
                    if (wanted.equals("zero-prior") && delta.wanYuan().signum() != 0) {
                        out.add(violation(p.location(pct.get()), pct.get().word() + pct.get().raw(), "新增（上年为0，不表述增长率）",
                                priorFormula + "；" + delta.amountText() + " ÷ 0：分母为0"));
                    }
                    continue;
                }
                if (!wanted.equals("percent") || prior.signum() < 0) continue;
                BigDecimal exact = Numbers.percent(delta.wanYuan(), prior);
                Numbers.Agreement a = Numbers.compare(pct.get().value(), pct.get().scale(), exact);
                if (a == Numbers.Agreement.EQUAL) continue;
                String expected = Numbers.percentText(exact, pct.get().scale());
                Violation v = violation(p.location(pct.get()), pct.get().raw(), expected,
                        priorFormula + "；" + delta.amountText() + " ÷ " + Numbers.amount(prior) + " × 100% = " + expected,
                        "current", current.get().amountText(), "delta", delta.amountText(), "prior", Numbers.amount(prior));
                out.add(a == Numbers.Agreement.TRUNCATED ? v.downgradedTo(Severity.INFO) : v);
            }
        }
        return out;
    }

    private static Optional<Violation> direction(Passage p, Mention delta, Optional<Mention> pct, Optional<Mention> statedPrior,
            Mention current, boolean up) {
        if (pct.isPresent() && UP.contains(pct.get().word()) != up) {
            return Optional.of(violation(p.location(delta), delta.word() + delta.raw() + "，" + pct.get().word() + pct.get().raw(),
                    delta.word() + delta.raw() + "，" + (up ? "增长" : "下降") + pct.get().raw(),
                    "金额与百分比的增减方向应一致：" + delta.word() + " / " + pct.get().word()));
        }
        if (statedPrior.isPresent()) {
            int sign = current.wanYuan().compareTo(statedPrior.get().wanYuan());
            if (sign != 0 && (sign > 0) != up) {
                return Optional.of(violation(p.location(delta), delta.word(), sign > 0 ? "增加" : "减少",
                        current.amountText() + " − " + statedPrior.get().amountText() + " = "
                                + Numbers.amount(current.wanYuan().subtract(statedPrior.get().wanYuan()))));
            }
        }
        return Optional.empty();
    }

    /** 本年: the last current-year amount before the change, in its sentence or the sentence before. */
    private static Optional<Mention> current(Passage p, Mention delta) {
        Mention found = null;
        for (Mention x : p.mentions()) {
            if (x.start() >= delta.start()) break;
            if (!x.isMoney() || x.inParentheses() || x.sentence() < delta.sentence() - 1) continue;
            if (x.measure() == Measure.NONE || x.measure() == Measure.ACTUAL) found = x;
        }
        if (found == null) return Optional.empty();
        if (found.key() != null && delta.key() != null && !found.key().equals(delta.key())) return Optional.empty();
        return Optional.of(found);
    }

    private static boolean priorYearBase(Passage p, Mention delta) {
        int from = p.sentenceStart(Math.max(0, delta.sentence() - 1));
        String text = p.norm().substring(from, delta.start());
        return text.contains("上年") || text.contains("同比") || text.contains("去年");
    }
}
