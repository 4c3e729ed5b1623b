package org.jixiao.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jixiao.rules.RuleParameters;
import org.jixiao.rules.Severity;
import org.jixiao.rules.Violation;

/**
 * 占比表述 (V47): a stated share X% against part ÷ whole at the stated precision. {@code whole: list} checks
 * shares of a list's head (X万元，其中：A万元，占p%); {@code whole: named} checks shares of a named whole
 * (占基本支出的p%) or of the subject the paragraph opens with. A whole found only elsewhere in the narrative
 * lowers the finding to WARNING; a truncated instead of rounded value is INFO.
 */
final class ShareKind extends NarrativeKind {

    @Override
    public java.util.Set<String> messageValues() {
        return java.util.Set.of("part", "wholeLabel");
    }


    ShareKind() {
        super("narrative-share", Set.of("whole"), Set.of("whole"));
    }

    @Override
    List<Violation> check(Narrative n, RuleParameters parameters) {
        Shares.Source wanted = parameters.required("whole").equals("list") ? Shares.Source.LIST : Shares.Source.NAMED;
        List<Violation> out = new ArrayList<>();
        for (Shares.Share s : n.shares()) {
            if (s.source() != wanted || s.whole().signum() == 0) continue;
            BigDecimal exact = Numbers.percent(s.part().wanYuan(), s.whole());
            Numbers.Agreement a = Numbers.compare(s.percent().value(), s.percent().scale(), exact);
            if (a == Numbers.Agreement.EQUAL) continue;
            String expected = Numbers.percentText(exact, s.percent().scale());
            String formula = Numbers.amount(s.part().wanYuan()) + " ÷ " + Numbers.amount(s.whole()) + " × 100% = " + expected;
            Violation v = violation(s.passage().location(s.percent()), s.percent().raw(), expected, formula,
                    "part", s.part().amountText(), "whole", Numbers.amount(s.whole()), "wholeLabel", s.wholeLabel());
            if (a == Numbers.Agreement.TRUNCATED) v = v.downgradedTo(Severity.INFO);
            else if (!s.samePlace()) v = v.downgradedTo(Severity.WARNING);
            out.add(v);
        }
        return out;
    }
}
