package org.jixiao.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lists in prose (其中 lists): "X万元，其中：A万元，B万元" or "X人，其中A人、B人", and "（含A、B）" and
 * "具体明细项目为：" after an amount. The head is the number right before the opener; the parts follow until
 * the sentence ends with 。, a new total starts after ；, or a nested list opens.
 */
final class Groups {

    /** One list: its head, the parts, and whether a part was taken from the next sentence. */
    record Group(Mention head, String opener, int openerAt, List<Mention> parts, boolean extended) {

        BigDecimal sum() {
            return parts.stream().map(Mention::wanYuan).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        BigDecimal sumAsWritten() {
            return parts.stream().map(Mention::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        boolean contains(Mention m) {
            return parts.contains(m);
        }
    }

    /**
     * What opens a list: {@code 其中[:：,，]?|具体明细项目为[:：]?|\(含|主要用于以下方面[:：]?}, read without the pattern
     * ({@link #openers}): each word, and the punctuation one may take.
     */
    private static final String[] OPENERS = {"其中", "具体明细项目为", "(含", "主要用于以下方面"};
    private static final String[] OPENER_PUNCTUATION = {":：,，", ":：", "", ":："};
    /** Words that start a new total: a list does not run on past them (合计|总计|总额|其中). */
    private static final String[] TOTAL_WORDS = {"合计", "总计", "总额", "其中"};
    private static final Pattern PUNCTUATED = Pattern.compile(".*[，,、：:].*");

    private Groups() {
    }

    static List<Group> of(Passage p, Mention.Type type) {
        List<Group> out = new ArrayList<>();
        String norm = p.norm();
        for (int[] m : openers(norm)) {
            int start = m[0];
            int end = m[1];
            Mention head = headBefore(p, start, type);
            if (head == null) continue;
            String opener = norm.substring(start, end);
            boolean paren = opener.startsWith("(");
            List<Mention> parts = parts(p, head, end, paren, type);
            Group g = new Group(head, opener, start, parts, false);
            if (!paren && !norm.startsWith("主要用于", start)) g = extend(p, g, type);
            if (g.parts().size() >= 2) out.add(g);
        }
        return out;
    }

    /** Where list openers stand, {start, end}, left to right and not overlapping, as {@code Matcher.find} gave them. */
    static List<int[]> openers(String norm) {
        // At most one opener starts at a place (their first characters differ), so the matches find gives are the
        // places of all openers in text order, each skipped when an earlier match covers it.
        List<int[]> starts = new ArrayList<>();
        for (int k = 0; k < OPENERS.length; k++) {
            for (int at = norm.indexOf(OPENERS[k]); at >= 0; at = norm.indexOf(OPENERS[k], at + 1)) starts.add(new int[] {at, k});
        }
        if (starts.isEmpty()) return List.of();
        starts.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> out = new ArrayList<>();
        int covered = 0;
        for (int[] start : starts) {
            int at = start[0];
            if (at < covered) continue;
            int found = start[1];
            int end = at + OPENERS[found].length();
            if (end < norm.length() && OPENER_PUNCTUATION[found].indexOf(norm.charAt(end)) >= 0) end++;
            out.add(new int[] {at, end});
            covered = end;
        }
        return out;
    }

    private static Mention headBefore(Passage p, int opener, Mention.Type type) {
        Mention found = null;
        for (Mention x : p.mentions()) {
            if (x.end() > opener) break;
            found = x;
        }
        if (found == null || found.type() != type) return null;
        // Only blanks and punctuation may stand between the head and the opener.
        for (int i = found.end(); i < opener; i++) {
            if (!filler(p.norm().charAt(i))) return null;
        }
        return found;
    }

    private static List<Mention> parts(Passage p, Mention head, int from, boolean paren, Mention.Type type) {
        List<Mention> parts = new ArrayList<>();
        int depth = p.depthAt(from);
        int sentence = p.sentenceAt(from);
        for (Mention x : p.mentions()) {
            if (x.start() < from) continue;
            if (paren) {
                int close = p.norm().indexOf(')', from);
                if (close >= 0 && close < x.start()) break;
            } else {
                if (crossesFullStop(p, sentence, x)) break;
                if (p.depthAt(x.start()) > depth) continue;
            }
            if (x.type() != type) continue;
            if (type == Mention.Type.COUNT && !x.unit().equals(head.unit())) continue;
            boolean afterSemicolon = x.sentence() != (parts.isEmpty() ? sentence : parts.get(parts.size() - 1).sentence());
            if (!paren && afterSemicolon && totalWordIn(p.norm(), p.sentenceStart(x.sentence()), x.start())) break;
            if (!paren && opensList(p, x)) {
                if (!afterSemicolon) parts.add(x);
                break;
            }
            parts.add(x);
        }
        return parts;
    }

    private static boolean crossesFullStop(Passage p, int sentence, Mention x) {
        for (int s = sentence; s < x.sentence(); s++) {
            if (p.endsFullStop(s)) return true;
        }
        return false;
    }

    /** Tries the first amount of the next sentence when the list does not add up ("…调整追加489.07万元。其他资金67.54万元"). */
    private static Group extend(Passage p, Group g, Mention.Type type) {
        if (g.parts().size() >= 2 && g.sum().compareTo(g.head().wanYuan()) == 0) return g;
        int last = g.parts().isEmpty() ? p.sentenceAt(g.openerAt()) : g.parts().get(g.parts().size() - 1).sentence();
        if (!p.endsFullStop(last) || last + 1 >= p.sentenceCount()) return g;
        List<Mention> next = p.inSentence(last + 1);
        if (next.isEmpty() || next.get(0).type() != type) return g;
        Mention first = next.get(0);
        String lead = p.norm().substring(p.sentenceStart(last + 1), first.start());
        if (PUNCTUATED.matcher(lead).matches() || totalWordIn(lead, 0, lead.length()) || first.measure() == Measure.CHANGE) return g;
        List<Mention> parts = new ArrayList<>(g.parts());
        parts.add(first);
        Group extended = new Group(g.head(), g.opener(), g.openerAt(), parts, true);
        if (g.parts().size() < 2) return extended;
        BigDecimal before = g.sum().subtract(g.head().wanYuan()).abs();
        BigDecimal after = extended.sum().subtract(g.head().wanYuan()).abs();
        return after.compareTo(before) < 0 ? extended : g;
    }

    /** True when a nested list opens right after the mention: {@code ^[\s，,]*(其中|具体明细项目为)} from its end. */
    private static boolean opensList(Passage p, Mention x) {
        String norm = p.norm();
        int at = x.end();
        while (at < norm.length() && (blank(norm.charAt(at)) || norm.charAt(at) == '，' || norm.charAt(at) == ',')) at++;
        return norm.startsWith("其中", at) || norm.startsWith("具体明细项目为", at);
    }

    /** A blank or punctuation that may stand between a head and its opener: {@code [\s，,：:。]}. */
    private static boolean filler(char c) {
        return blank(c) || c == '，' || c == ',' || c == '：' || c == ':' || c == '。';
    }

    private static boolean blank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** True when one of {@link #TOTAL_WORDS} stands wholly inside {@code text[from, to)}. */
    private static boolean totalWordIn(String text, int from, int to) {
        for (String word : TOTAL_WORDS) {
            int at = text.indexOf(word, from);
            if (at >= 0 && at + word.length() <= to) return true;
        }
        return false;
    }
}
