package org.jixiao.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.rules.RuleParameters;
import org.jixiao.rules.Severity;
import org.jixiao.rules.Violation;

/**
 * The balance identity of a fund or project stated in one paragraph (SPEC §3).
 * {@code identity: full-year-budget}: 上年结转 + 年初预算 + 年中调增 − 年中调减 = 全年预算.
 * {@code identity: balance}: 上年结转 + 年初预算 + 年中调增 − 年中调减 = 实际支出 + 结余结转; checked only when
 * the paragraph states an adjustment or a 结余结转 (otherwise 预算 vs 决算 is a completion ratio, not an
 * identity). Amounts that are parts of a 其中 list do not count; a measure stated with two values is ambiguous.
 * When 结余结转 is not stated and the identity fails, the finding is a WARNING.
 */
final class FundBalanceKind extends NarrativeKind {

    /**
     * Template residue such as 年中调增（减）预算10.75万元 leaves the direction of the adjustment unknown: such a
     * passage cannot be checked (TXT-003 reports the residue itself). Reading it as an increase raised a false
     * NAR-BAL-002 on a balanced paragraph (docs/synthetic-data.md).
     */
    private static final java.util.regex.Pattern UNKNOWN_DIRECTION =
            java.util.regex.Pattern.compile("(调增|调减|增加|减少|追加)[（(](减|增|增加|减少|调减|调增)[）)]");
    private static final String UNKNOWN_DIRECTION_STARTS = "调增减追";

    FundBalanceKind() {
        super("narrative-fund-balance", Set.of("identity"), Set.of("identity"));
    }

    @Override
    List<Violation> check(Narrative n, RuleParameters parameters) {
        boolean balance = parameters.required("identity").equals("balance");
        List<Violation> out = new ArrayList<>();
        for (Measures measures : n.derived(Paragraphs.class, () -> paragraphs(n)).all()) {
            Passage p = measures.passage();
            Map<Measure, Mention> one = measures.one();
            boolean adjusted = one.containsKey(Measure.ADJUST_UP) || one.containsKey(Measure.ADJUST_DOWN);
            BigDecimal inflow = value(one, Measure.CARRIED_IN).add(value(one, Measure.INITIAL_BUDGET))
                    .add(value(one, Measure.ADJUST_UP)).subtract(value(one, Measure.ADJUST_DOWN));
            if (!balance) {
                if (!one.containsKey(Measure.INITIAL_BUDGET) || !one.containsKey(Measure.FULL_YEAR_BUDGET) || !adjusted) continue;
                Mention full = one.get(Measure.FULL_YEAR_BUDGET);
                BigDecimal difference = inflow.subtract(full.wanYuan());
                if (difference.signum() == 0) continue;
                String inflowTerms = inflowTerms(one);
                Violation v = violation(p.location(full), full.amountText(), Numbers.amount(inflow), inflowTerms + " = " + Numbers.amount(inflow));
                out.add(Numbers.withinRoundingBand(difference, 4) ? v.downgradedTo(Severity.INFO) : v);
                continue;
            }
            Mention actual = one.get(Measure.ACTUAL);
            if (actual == null || !(adjusted || one.containsKey(Measure.BALANCE))) continue;
            boolean sourced = one.containsKey(Measure.INITIAL_BUDGET) || (one.containsKey(Measure.CARRIED_IN)
                    && !one.containsKey(Measure.BUDGET) && !one.containsKey(Measure.FULL_YEAR_BUDGET));
            if (!sourced) continue;
            BigDecimal outflow = actual.wanYuan().add(value(one, Measure.BALANCE));
            BigDecimal difference = inflow.subtract(outflow);
            if (difference.signum() == 0) continue;
            String inflowTerms = inflowTerms(one);
            String outflowTerms = terms(one, Measure.ACTUAL, Measure.BALANCE);
            Violation v = violation(p.location(actual), outflowTerms + " = " + Numbers.amount(outflow), Numbers.amount(inflow),
                    inflowTerms + " = " + Numbers.amount(inflow) + "，" + outflowTerms + " = " + Numbers.amount(outflow)
                            + "，相差" + Numbers.amount(difference.abs()));
            if (Numbers.withinRoundingBand(difference, 5)) v = v.downgradedTo(Severity.INFO);
            else if (!one.containsKey(Measure.BALANCE)) v = v.downgradedTo(Severity.WARNING);
            out.add(v);
        }
        return out;
    }

    /** A paragraph that states each of its measures (outside 其中 lists) with one value, and those values. */
    private record Measures(Passage passage, Map<Measure, Mention> one) {
    }

    private record Paragraphs(List<Measures> all) {
    }

    /** The paragraphs both identities read, with their measures: found once per run. */
    private static Paragraphs paragraphs(Narrative n) {
        List<Measures> out = new ArrayList<>();
        for (Passage p : n.passages()) {
            // Without an amount there is no identity to check; most paragraphs end here, before any pattern is tried.
            if (p.mentions().stream().noneMatch(Mention::isMoney)) continue;
            // every match has a bracket: a paragraph without one needs no pattern
            String text = p.text();
            if ((text.indexOf('(') >= 0 || text.indexOf('（') >= 0)
                    && !Occurrences.of(UNKNOWN_DIRECTION, text, UNKNOWN_DIRECTION_STARTS).isEmpty()) continue;
            List<Groups.Group> groups = p.groups(Mention.Type.MONEY);
            Map<Measure, Mention> one = new EnumMap<>(Measure.class);
            Map<Measure, Integer> ambiguous = new EnumMap<>(Measure.class);
            for (Mention m : p.mentions()) {
                if (!m.isMoney() || groups.stream().anyMatch(g -> g.contains(m))) continue;
                Mention before = one.putIfAbsent(m.measure(), m);
                if (before != null && before.wanYuan().compareTo(m.wanYuan()) != 0) ambiguous.merge(m.measure(), 1, Integer::sum);
            }
            if (!ambiguous.isEmpty() && ambiguous.keySet().stream().anyMatch(k -> k != Measure.NONE && k != Measure.CHANGE)) continue;
            out.add(new Measures(p, one));
        }
        return new Paragraphs(List.copyOf(out));
    }

    private static BigDecimal value(Map<Measure, Mention> one, Measure m) {
        Mention x = one.get(m);
        return x == null ? BigDecimal.ZERO : x.wanYuan();
    }

    /** The inflow's terms, written only for a violation: most paragraphs balance or state no identity. */
    private static String inflowTerms(Map<Measure, Mention> one) {
        return terms(one, Measure.CARRIED_IN, Measure.INITIAL_BUDGET, Measure.ADJUST_UP, Measure.ADJUST_DOWN);
    }

    private static String terms(Map<Measure, Mention> one, Measure... measures) {
        StringBuilder b = new StringBuilder();
        for (Measure m : measures) {
            Mention x = one.get(m);
            if (x == null) continue;
            String sign = m == Measure.ADJUST_DOWN ? " − " : " + ";
            if (b.length() == 0) b.append(m == Measure.ADJUST_DOWN ? "−" : "");
            else b.append(sign);
            b.append(label(m)).append(x.amountText());
        }
        return b.toString();
    }

    private static String label(Measure m) {
        return switch (m) {
            case CARRIED_IN -> "上年结转";
            case INITIAL_BUDGET -> "年初预算";
            case ADJUST_UP -> "调增";
            case ADJUST_DOWN -> "调减";
            case ACTUAL -> "实际支出";
            case BALANCE -> "结余结转";
            default -> "";
        };
    }
}
