package org.jixiao.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Share claims (占X%): the part is the amount the share follows in its sentence; the whole is the amount the
 * sentence names (占基本支出的…), else the head of the list the part belongs to (X万元，其中：A万元，占…), else
 * the subject the paragraph opens with (…"三公"经费财政拨款支出决算中，…).
 */
final class Shares {

    enum Source { LIST, NAMED }

    record Share(Passage passage, Mention percent, Mention part, BigDecimal whole, String wholeLabel, Source source,
            boolean samePlace, Object listId) {
    }

    private static final Pattern STATES_AMOUNT = Pattern.compile(".*\\d+(\\.\\d+)?(万元|元|%).*");

    private Shares() {
    }

    static List<Share> of(Narrative n) {
        List<Share> out = new ArrayList<>();
        Lexicon lexicon = Lexicon.standard();
        for (Passage p : n.passages()) {
            List<Groups.Group> groups = p.groups(Mention.Type.MONEY);
            for (Mention m : p.mentions()) {
                if (m.role() != Mention.Role.SHARE) continue;
                Optional<Mention> part = p.previous(m, Mention.Type.MONEY).filter(x -> x.sentence() == m.sentence());
                if (part.isEmpty()) continue;
                String named = m.word() == null ? "" : m.word();
                if (!named.isEmpty()) {
                    Optional<Lexicon.Entry> e = lexicon.exactly(named);
                    if (e.isEmpty()) continue;
                    // X基本支出237.50万元，其中：人员经费187.40万元，占基本支出的78.91%: the whole is the list's head when
                    // the head is that subject, whatever fund or measure words stand before it (一般公共预算财政拨款…).
                    Optional<Groups.Group> headed = groups.stream().filter(g -> g.contains(part.get()))
                            .filter(g -> names(g.head(), e.get().key())).findFirst();
                    if (headed.isPresent()) {
                        Mention head = headed.get().head();
                        out.add(new Share(p, m, part.get(), head.wanYuan(), named + "（“" + head.raw() + "”）", Source.NAMED, true,
                                headed.get()));
                        continue;
                    }
                    String key = e.get().scoped() && named.contains("财政拨款") ? "fiscal:" + e.get().key() : e.get().key();
                    n.bind(p, key, Measure.ACTUAL, part.get()).ifPresent(b -> out.add(new Share(p, m, part.get(), b.value(),
                            named + "（" + b.source() + "）", Source.NAMED, b.samePlace(), null)));
                    continue;
                }
                Optional<Groups.Group> group = groups.stream().filter(g -> g.contains(part.get())).findFirst();
                if (group.isPresent()) {
                    out.add(new Share(p, m, part.get(), group.get().head().wanYuan(), "“" + group.get().head().raw() + "”",
                            Source.LIST, true, group.get()));
                    continue;
                }
                lead(p).ifPresent(e -> n.bind(p, e.key(), Measure.ACTUAL, part.get()).ifPresent(b -> out.add(new Share(p, m,
                        part.get(), b.value(), e.phrase() + "（" + b.source() + "）", Source.NAMED, b.samePlace(), "lead:" + p.index()))));
            }
        }
        return out;
    }

    /** Whether a list's head states the named subject (its key, with or without a fund scope). */
    private static boolean names(Mention head, String key) {
        return head.key() != null && (head.key().equals(key) || head.key().endsWith(":" + key));
    }

    /** The subject a paragraph opens with when its first clause states no number and ends with 中 (…支出决算中，). */
    private static Optional<Lexicon.Entry> lead(Passage p) {
        String norm = p.norm();
        int comma = norm.indexOf('，');
        if (comma < 0) return Optional.empty();
        String first = Lexicon.normalise(norm.substring(0, comma));
        if (!first.endsWith("中") || STATES_AMOUNT.matcher(first).matches()) return Optional.empty();
        return Lexicon.standard().lastIn(first).map(Lexicon.Match::entry);
    }
}
