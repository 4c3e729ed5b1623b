package org.jixiao.narrative;

import java.util.ArrayList;
import java.util.Arrays;
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
        // ahead[j]: the next place of firstCharacters[j] (-1: none left), kept until the scan passes it.
        int[] ahead = new int[firstCharacters.length()];
        Arrays.fill(ahead, Integer.MIN_VALUE);
        int from = next(text, firstCharacters, ahead, 0);
        while (from >= 0) {
            m.region(from, text.length());
            if (m.lookingAt()) {
                out.add(m.toMatchResult());
                from = next(text, firstCharacters, ahead, m.end() > from ? m.end() : from + 1);
            } else {
                from = next(text, firstCharacters, ahead, from + 1);
            }
        }
        return out;
    }

    private static int next(String text, String characters, int[] ahead, int from) {
        int nearest = -1;
        for (int j = 0; j < ahead.length; j++) {
            if (ahead[j] != -1 && ahead[j] < from) ahead[j] = text.indexOf(characters.charAt(j), from);
            if (ahead[j] >= 0 && (nearest < 0 || ahead[j] < nearest)) nearest = ahead[j];
        }
        return nearest;
    }
}
