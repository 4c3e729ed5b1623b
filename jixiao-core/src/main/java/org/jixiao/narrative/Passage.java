package org.jixiao.narrative;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import org.jixiao.rules.Location;
import org.jixiao.shared.Provenance;

/**
 * One paragraph of the narrative as the checks read it (段落): the text, its section, its provenance, the
 * sentences (split on 。；; ！？) and the number mentions in order. Positions refer to {@link #norm()}, which
 * differs from the text only in brackets and quotes (one character for one).
 */
final class Passage {

    private final int index;
    private final String text;
    private final String norm;
    private final String section;
    private final String part;
    private final Provenance at;
    private final List<int[]> sentences;
    private final int[] depth;
    private List<Mention> mentions = List.of();
    private final EnumMap<Mention.Type, List<Groups.Group>> groups = new EnumMap<>(Mention.Type.class);

    Passage(int index, String text, String section, String part, Provenance at) {
        this.index = index;
        this.text = text;
        this.norm = Lexicon.mapChars(text);
        this.section = section;
        this.part = part;
        this.at = at;
        this.sentences = split(norm);
        this.depth = depths(norm);
    }

    int index() {
        return index;
    }

    String text() {
        return text;
    }

    String norm() {
        return norm;
    }

    String section() {
        return section;
    }

    String part() {
        return part;
    }

    Provenance at() {
        return at;
    }

    List<Mention> mentions() {
        return mentions;
    }

    synchronized void mentions(List<Mention> mentions) {
        this.mentions = List.copyOf(mentions);
        groups.clear();
    }

    /** The lists (其中 …) of mentions of the type this paragraph states; found once, then remembered. */
    synchronized List<Groups.Group> groups(Mention.Type type) {
        return groups.computeIfAbsent(type, t -> List.copyOf(Groups.of(this, t)));
    }

    int sentenceCount() {
        return sentences.size();
    }

    int sentenceAt(int position) {
        for (int i = 0; i < sentences.size(); i++) {
            if (position < sentences.get(i)[1]) return i;
        }
        return sentences.size() - 1;
    }

    int sentenceStart(int sentence) {
        return sentences.get(sentence)[0];
    }

    int sentenceEnd(int sentence) {
        return sentences.get(sentence)[1];
    }

    /** The sentence as written, without surrounding blanks. */
    String sentence(int sentence) {
        int[] r = sentences.get(sentence);
        return text.substring(r[0], r[1]).strip();
    }

    /** The normalised sentence. */
    String normSentence(int sentence) {
        int[] r = sentences.get(sentence);
        return norm.substring(r[0], r[1]);
    }

    /** True when the position is inside brackets (（…） or (…)). */
    int depthAt(int position) {
        return position < depth.length ? depth[position] : 0;
    }

    /** True when the sentence ends with 。 (or ！？), not with ；. */
    boolean endsFullStop(int sentence) {
        int end = sentences.get(sentence)[1];
        if (end == 0) return false;
        char c = norm.charAt(end - 1);
        return c == '。' || c == '！' || c == '？';
    }

    List<Mention> inSentence(int sentence) {
        return mentions.stream().filter(m -> m.sentence() == sentence).toList();
    }

    Optional<Mention> previous(Mention m, Mention.Type type) {
        Mention found = null;
        for (Mention x : mentions) {
            if (x.start() >= m.start()) break;
            if (x.type() == type) found = x;
        }
        return Optional.ofNullable(found);
    }

    /** Where the paragraph is, for messages: 第N行, or 另一段 when the source has no position. */
    String where() {
        String d = at == null ? "" : at.describe();
        return d.isEmpty() ? "另一段" : d;
    }

    Location location(int sentence) {
        return Location.narrative(section, sentence(sentence), at);
    }

    Location location(Mention m) {
        return location(m.sentence());
    }

    private static List<int[]> split(String s) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '。' || c == '；' || c == ';' || c == '！' || c == '？') {
                out.add(new int[] {start, i + 1});
                start = i + 1;
            }
        }
        if (start < s.length() && !blankFrom(s, start)) out.add(new int[] {start, s.length()});
        if (out.isEmpty()) out.add(new int[] {0, s.length()});
        return out;
    }

    /** {@code s.substring(start).isBlank()} without the copy. */
    private static boolean blankFrom(String s, int start) {
        for (int i = start; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) return false;
        }
        return true;
    }

    private static int[] depths(String s) {
        int[] d = new int[s.length()];
        int level = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') level++;
            d[i] = level;
            if (c == ')' && level > 0) level--;
        }
        return d;
    }
}
