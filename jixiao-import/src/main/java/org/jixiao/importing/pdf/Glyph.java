package org.jixiao.importing.pdf;

/** One glyph of the text layer: where it starts and ends on the baseline, the baseline, its size and its text. */
record Glyph(float x, float end, float y, float size, String text) {

    float width() {
        return Math.max(end - x, 1f);
    }

    /** A CJK ideograph or full-width punctuation mark: a line may break before it (unless it is closing punctuation). */
    boolean isWide() {
        return !text.isEmpty() && text.codePointAt(0) >= 0x2E80;
    }

    /** Opening punctuation, which 禁则 keeps at the start of the line after it. */
    boolean isOpening() {
        return !text.isEmpty() && "（(《「『“‘".indexOf(text.charAt(0)) >= 0;
    }

    /** Closing punctuation, which 禁则 keeps at the end of the line before it. */
    boolean isClosing() {
        return !text.isEmpty() && "，。、；：？！）)》」』”’%．,.".indexOf(text.charAt(0)) >= 0;
    }
}
