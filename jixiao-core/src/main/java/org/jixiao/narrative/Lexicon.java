package org.jixiao.narrative;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The subject lexicon (主语词表): phrases of 情况说明 sentences and the semantic keys they name, read from
 * {@code narrative/subjects.tsv} so that a new phrase is a data change.
 */
final class Lexicon {

    record Entry(String phrase, String key, boolean scoped) {
    }

    record Match(Entry entry, int end) {
    }

    private static final Lexicon STANDARD = load("/narrative/subjects.tsv");

    /** An entry with its place in {@link #entries}, which decides between phrases that end at the same place. */
    private record Ranked(Entry entry, int rank) {
    }

    private final List<Entry> entries;
    /**
     * The entries by the first character of their phrase, so that a clause is read once, not once per phrase:
     * {@code byFirstCharacter[i]} holds the entries whose phrase starts with {@code firstCharacters[i]} (sorted).
     */
    private final char[] firstCharacters;
    private final List<List<Ranked>> byFirstCharacter;

    private Lexicon(List<Entry> entries) {
        this.entries = entries.stream().sorted(Comparator.comparingInt((Entry e) -> e.phrase().length()).reversed()).toList();
        Map<Character, List<Ranked>> byFirst = new TreeMap<>();
        for (int i = 0; i < this.entries.size(); i++) {
            Entry e = this.entries.get(i);
            if (e.phrase().isEmpty()) throw new IllegalStateException("empty phrase in the subject lexicon: " + e);
            byFirst.computeIfAbsent(e.phrase().charAt(0), c -> new ArrayList<>()).add(new Ranked(e, i));
        }
        this.firstCharacters = new char[byFirst.size()];
        this.byFirstCharacter = new ArrayList<>();
        for (Map.Entry<Character, List<Ranked>> e : byFirst.entrySet()) {
            firstCharacters[byFirstCharacter.size()] = e.getKey();
            byFirstCharacter.add(List.copyOf(e.getValue()));
        }
    }

    static Lexicon standard() {
        return STANDARD;
    }

    /** The subject named last in a normalised clause: the phrase ending nearest its end, the longest on a tie. */
    Optional<Match> lastIn(String clause) {
        Match best = null;
        int bestRank = -1;
        for (int at = 0; at < clause.length(); at++) {
            int first = Arrays.binarySearch(firstCharacters, clause.charAt(at));
            if (first < 0) continue;
            List<Ranked> candidates = byFirstCharacter.get(first);
            for (Ranked r : candidates) {
                if (!clause.startsWith(r.entry().phrase(), at)) continue;
                int end = at + r.entry().phrase().length();
                if (best == null || end > best.end() || (end == best.end() && r.rank() < bestRank)) {
                    best = new Match(r.entry(), end);
                    bestRank = r.rank();
                }
            }
        }
        if (best != null && best.entry().key().endsWith(".fiscal")) {
            // "三公"经费财政拨款支出预算: 财政拨款支出 qualifies the subject before it, it is not the subject.
            String before = clause.substring(0, best.end() - best.entry().phrase().length());
            for (Entry e : entries) {
                if (!e.key().endsWith(".fiscal") && before.endsWith(e.phrase())) return Optional.of(new Match(e, before.length()));
            }
        }
        return Optional.ofNullable(best);
    }

    /** The subject a whole phrase names exactly (after 的/比 are stripped), e.g. the whole of 占基本支出的. */
    Optional<Entry> exactly(String phrase) {
        return entries.stream().filter(e -> e.phrase().equals(phrase)).findFirst();
    }

    /** Text normalised for matching: full-width brackets and quotes made plain, whitespace removed. */
    static String normalise(String text) {
        String mapped = mapChars(text);
        return withoutBlanks(mapped);
    }

    /** Replaces brackets and quotes one character for one, so positions stay valid; text without them is returned as is. */
    static String mapChars(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char plain = plain(c);
            if (plain == c) continue;
            if (chars == null) chars = text.toCharArray();
            chars[i] = plain;
        }
        return chars == null ? text : new String(chars);
    }

    private static char plain(char c) {
        // Every character replaced lies in ‘ … 」 or （ … ）; most text (CJK ideographs, ASCII) lies outside both.
        if (c < '‘' || (c > '」' && c < '＂')) return c;
        return switch (c) {
            case '（' -> '(';
            case '）' -> ')';
            case '“', '”', '＂', '‘', '’', '「', '」' -> '"';
            default -> c;
        };
    }

    /** The text without blanks ({@code \s}), as {@code replaceAll("\\s+", "")} gives it; text without any is returned as is. */
    static String withoutBlanks(String text) {
        if (!hasWhitespace(text)) return text;
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!blank(c)) out.append(c);
        }
        return out.toString();
    }

    /** True when the text has a blank ({@code \s}: space, tab, line breaks, form feed, vertical tab). */
    private static boolean hasWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (blank(text.charAt(i))) return true;
        }
        return false;
    }

    private static boolean blank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static Lexicon load(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            List<Entry> entries = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                entries.add(new Entry(normalise(f[0]), f[1], f.length > 2 && f[2].equals("yes")));
            }
            return new Lexicon(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
