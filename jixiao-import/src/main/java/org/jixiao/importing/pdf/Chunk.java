package org.jixiao.importing.pdf;

import java.util.List;

/**
 * A run of glyphs on a line with no wide gap (a cell, or a paragraph line): where it starts and ends, its text, and
 * the width of its first unbreakable piece (what a line break could not have split, for telling a wrapped line
 * from a new one), and whether it starts and ends with an ideograph (Writer spaces ideographs from Latin text).
 */
record Chunk(float x, float end, String text, float lead, boolean startsWide, boolean endsWide) {

    private static final java.util.regex.Pattern AMOUNT = java.util.regex.Pattern.compile("[-−]?[\\d,]+(\\.\\d+)?%?");

    static Chunk of(List<Glyph> glyphs, String text) {
        Glyph first = glyphs.get(0);
        int i = 1;
        while (i < glyphs.size() && !breakBefore(glyphs.get(i - 1), glyphs.get(i))) i++;
        Glyph last = glyphs.get(glyphs.size() - 1);
        return new Chunk(first.x(), last.end(), text, glyphs.get(i - 1).end() - first.x(), first.isWide(), last.isWide());
    }

    /**
     * Whether a line may break between two glyphs (a simplified UAX #14): at a space, and next to an ideograph,
     * except before closing punctuation and after opening punctuation; never inside a run of Latin letters and digits.
     */
    private static boolean breakBefore(Glyph previous, Glyph next) {
        if (next.x() - previous.end() > 0.3f * next.width()) return true;
        if (next.isClosing() || previous.isOpening()) return false;
        return next.isWide() || previous.isWide();
    }

    /** The room this chunk's first piece needs after {@code before} on the same line: its width, plus 中西文间距 if due. */
    float leadAfter(Chunk before) {
        return lead + (before.endsWide != startsWide ? AUTO_SPACE : 0);
    }

    /** A fifth of an em at the 10.5 pt of body text, rounded up: the gap Writer leaves between an ideograph and Latin text. */
    private static final float AUTO_SPACE = 2.2f;

    /** Whether the text is an amount or a count (printed right-aligned in bordered tables). */
    boolean isNumber() {
        return AMOUNT.matcher(text).matches();
    }
}
