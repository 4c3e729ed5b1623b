package org.jixiao.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.rules.RuleParameters;
import org.jixiao.rules.Violation;

/**
 * 决算数大于/小于/等于(年初)预算数 (V46) against the sign of 决算 − 预算 of the same sentence. A word left
 * with its template alternative (大于（小于）) is template residue, reported by the hygiene rules instead.
 */
final class ComparisonWordKind extends NarrativeKind {

    private static final Pattern WORD = Pattern.compile("决算数?(大于|小于|等于|高于|低于|超过)(年初)?预算数?(?![(（])");

    ComparisonWordKind() {
        super("narrative-comparison-word");
    }

    @Override
    List<Violation> check(Narrative n, RuleParameters parameters) {
        List<Violation> out = new ArrayList<>();
        for (Passage p : n.passages()) {
            // Every match contains 决算: a paragraph or sentence without it is not searched.
            int actual = p.norm().indexOf("决算");
            if (actual < 0) continue;
            for (int s = 0; s < p.sentenceCount(); s++) {
                if (actual >= p.sentenceEnd(s)) continue;
                actual = p.norm().indexOf("决算", p.sentenceStart(s));
                if (actual < 0) break;
                if (actual + 2 > p.sentenceEnd(s)) continue;
                Matcher m = WORD.matcher(p.normSentence(s));
                if (!m.find()) continue;
                int at = p.sentenceStart(s) + m.start();
                List<Mention> before = p.inSentence(s).stream().filter(x -> x.isMoney() && x.start() < at).toList();
                List<Mention> budgets = before.stream().filter(x -> x.measure().isBudget()).toList();
                List<Mention> actuals = before.stream().filter(x -> x.measure() == Measure.ACTUAL).toList();
                if (budgets.size() != 1 || actuals.size() != 1) continue;
                int sign = actuals.get(0).wanYuan().compareTo(budgets.get(0).wanYuan());
                String word = m.group(1);
                String expected = sign > 0 ? "大于" : sign < 0 ? "小于" : "等于";
                boolean ok = switch (word) {
                    case "大于", "高于", "超过" -> sign > 0;
                    case "小于", "低于" -> sign < 0;
                    default -> sign == 0;
                };
                if (ok) continue;
                out.add(violation(p.location(s), m.group(), m.group().replace(word, expected),
                        actuals.get(0).amountText() + " − " + budgets.get(0).amountText() + " = "
                                + Numbers.amount(actuals.get(0).wanYuan().subtract(budgets.get(0).wanYuan()))));
            }
        }
        return out;
    }
}
