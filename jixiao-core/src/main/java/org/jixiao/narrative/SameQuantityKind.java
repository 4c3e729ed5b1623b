package org.jixiao.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.rules.RuleParameters;
import org.jixiao.rules.Violation;

/**
 * The same quantity stated with two values in the narrative: mentions with the same subject key (fund scope
 * included) and the same measure. The value stated most often (the first on a tie) is taken as the reference.
 * {@code match: phrase} reports a mention whose words are the reference's words (公务用车购置费及运行维护费
 * 支出决算 92.51 vs 0: clearly the same quantity); {@code match: subject} reports the other conflicts.
 */
final class SameQuantityKind extends NarrativeKind {

    @Override
    public java.util.Set<String> messageValues() {
        return java.util.Set.of("subject");
    }


    SameQuantityKind() {
        super("narrative-same-quantity", Set.of("match"), Set.of("match"));
    }

    private record Occurrence(Passage passage, Mention mention) {
    }

    /** One quantity stated with two or more values, each with where it is stated, and the value stated most often. */
    private record Disagreement(Map<BigDecimal, List<Occurrence>> values, BigDecimal reference) {
    }

    private record Disagreements(List<Disagreement> all) {
    }

    @Override
    List<Violation> check(Narrative n, RuleParameters parameters) {
        boolean byPhrase = parameters.required("match").equals("phrase");
        List<Violation> out = new ArrayList<>();
        for (Disagreement d : n.derived(Disagreements.class, () -> disagreements(n)).all()) {
            Map<BigDecimal, List<Occurrence>> values = d.values();
            BigDecimal reference = d.reference();
            Occurrence ref = values.get(reference).get(0);
            for (Map.Entry<BigDecimal, List<Occurrence>> e : values.entrySet()) {
                if (e.getKey().equals(reference)) continue;
                for (Occurrence o : e.getValue()) {
                    boolean samePhrase = values.get(reference).stream().anyMatch(r -> r.mention().phrase().equals(o.mention().phrase()));
                    if (samePhrase != byPhrase) continue;
                    out.add(violation(o.passage().location(o.mention()), Numbers.stated(o.mention()), Numbers.like(o.mention(), ref.mention().wanYuan()),
                            subjectWords(o.mention()) + "：本处" + Numbers.stated(o.mention()) + "，" + ref.passage().where() + "为"
                                    + Numbers.stated(ref.mention()), "subject", subjectWords(o.mention())));
                }
            }
        }
        return out;
    }

    /** The quantities of the narrative stated with different values; both rules of this kind read them (once per run). */
    private static Disagreements disagreements(Narrative n) {
        Map<String, List<Occurrence>> byKey = new LinkedHashMap<>();
        for (Passage p : n.passages()) {
            for (Mention m : p.mentions()) {
                if (!m.isMoney() || m.key() == null || "元".equals(m.unit()) || !m.hasUnit()) continue;
                Measure measure = m.measure().orActual();
                if (measure == Measure.CHANGE || measure == Measure.ADJUST_UP || measure == Measure.ADJUST_DOWN) continue;
                byKey.computeIfAbsent(m.key() + "|" + measure, k -> new ArrayList<>()).add(new Occurrence(p, m));
            }
        }
        List<Disagreement> out = new ArrayList<>();
        for (List<Occurrence> all : byKey.values()) {
            Map<BigDecimal, List<Occurrence>> values = new LinkedHashMap<>();
            for (Occurrence o : all) values.computeIfAbsent(o.mention().wanYuan().stripTrailingZeros(), k -> new ArrayList<>()).add(o);
            if (values.size() < 2) continue;
            BigDecimal reference = values.entrySet().stream().max((a, b) -> Integer.compare(a.getValue().size(), b.getValue().size()))
                    .map(Map.Entry::getKey).orElseThrow();
            out.add(new Disagreement(values, reference));
        }
        return new Disagreements(List.copyOf(out));
    }

    private static String subjectWords(Mention m) {
        return m.phrase().split("\\|")[0];
    }
}
