package org.jixiao.narrative;

import java.util.List;

/**
 * A word (and an optional suffix) that ends a clause, e.g. 增加 or 调增资金 before an amount: the same as finding
 * {@code (word1|word2|…)(suffix1|suffix2|…)?$} over the clause's last {@link #LONGEST} characters, leftmost first,
 * the words and suffixes tried in their order, without a regular expression (the claim reader asks for every
 * number).
 */
final class Ending {

    /** No word with its suffix is longer than this (调整增加 + 资金), as before: a match starts no earlier. */
    static final int LONGEST = 6;

    static final Ending ADJUST_UP = new Ending(List.of("调增", "追加", "增加预算", "调整增加"), List.of("了", "为", "资金", "预算"));
    static final Ending ADJUST_DOWN = new Ending(List.of("调减", "减少预算", "调整减少"), List.of("了", "为", "资金", "预算"));
    static final Ending CHANGE = new Ending(List.of("增加", "减少", "增长", "下降", "降低", "上升", "提高", "节约"), List.of("了", "额"));

    private final List<String> words;
    private final List<String> suffixes;
    /** The first characters of the words: a place where none stands starts no match. */
    private final String firstCharacters;

    private Ending(List<String> words, List<String> suffixes) {
        this.words = words;
        this.suffixes = suffixes;
        StringBuilder first = new StringBuilder();
        for (String word : words) first.append(word.charAt(0));
        this.firstCharacters = first.toString();
    }

    /** The word that ends the clause (group 1 of the pattern), or null. */
    String in(String clause) {
        int length = clause.length();
        for (int at = Math.max(0, length - LONGEST); at < length; at++) {
            if (firstCharacters.indexOf(clause.charAt(at)) < 0) continue;
            for (String word : words) {
                if (!clause.startsWith(word, at)) continue;
                int after = at + word.length();
                for (String suffix : suffixes) {
                    if (clause.startsWith(suffix, after) && atEnd(clause, after + suffix.length())) return word;
                }
                if (atEnd(clause, after)) return word;
            }
        }
        return null;
    }

    /** Where {@code $} matches: at the end, or before a line terminator that ends the text. */
    private static boolean atEnd(String s, int i) {
        int n = s.length();
        if (i == n) return true;
        if (i == n - 2) return s.charAt(i) == '\r' && s.charAt(i + 1) == '\n';
        if (i != n - 1) return false;
        char c = s.charAt(i);
        if (c == '\n') return i == 0 || s.charAt(i - 1) != '\r';
        return c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
