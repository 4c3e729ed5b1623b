package org.jixiao.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches of a pattern in a text, exactly as {@link Matcher#find()} gives them, for a pattern whose every match
 * begins with one of a few known characters. The pattern is tried only where one of them stands: {@code find}
 * would try it at every character, and the JDK derives no such filter from a pattern that starts with an
 * alternation. The bounds of the tried region are transparent, so look-behinds still see the text before it.
 */
final class Occurrences {

    private Occurrences() {
    }

    static List<MatchResult> of(Pattern pattern, String text, String firstCharacters) {
        List<MatchResult> out = new ArrayList<>();
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int from = next(text, firstCharacters, 0);
        while (from >= 0) {
            m.region(from, text.length());
            if (m.lookingAt()) {
                out.add(m.toMatchResult());
                from = next(text, firstCharacters, m.end() > from ? m.end() : from + 1);
            } else {
                from = next(text, firstCharacters, from + 1);
            }
        }
        return out;
    }

    private static int next(String text, String characters, int from) {
        for (int i = from; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) return i;
        }
        return -1;
    }
}
