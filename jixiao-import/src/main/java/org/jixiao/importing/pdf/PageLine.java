package org.jixiao.importing.pdf;

import java.util.List;
import org.jixiao.importing.document.Place;

/** A line of a page rebuilt from its glyphs: page, line number on the page, baseline and chunks. */
record PageLine(int page, int line, float y, List<Chunk> chunks) {

    /** The usual distance between the baselines of two lines of a paragraph: the commonest one, to the half point. */
    static float pitch(List<PageLine> lines) {
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            PageLine a = lines.get(i - 1);
            PageLine b = lines.get(i);
            if (a.page == b.page && b.y > a.y) counts.merge(Math.round((b.y - a.y) * 2), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(e -> e.getKey() / 2f).orElse(12f);
    }

    /**
     * Where full lines end: the commonest end (to the half point) among lines ending near the rightmost text. The
     * rightmost end itself may be a number pushed past the margin.
     */
    static float rightEdge(List<PageLine> lines) {
        float max = 0;
        for (PageLine l : lines) max = Math.max(max, l.end());
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (PageLine l : lines) {
            if (l.end() >= max - 40) counts.merge(Math.round(l.end() * 2), 1, Integer::sum);
        }
        // Without three lines ending there, nothing shows where the text area ends, and no line is taken as wrapped.
        return counts.entrySet().stream().max(java.util.Map.Entry.<Integer, Integer>comparingByValue().thenComparing(java.util.Map.Entry.comparingByKey()))
                .filter(e -> e.getValue() >= 3).map(e -> e.getKey() / 2f).orElse(Float.MAX_VALUE);
    }

    /** Whether {@code next} is the line right after this one: no blank line between, or the first line of the next page. */
    boolean isFollowedBy(PageLine next, float pitch) {
        if (next.page == page) return next.y > y && next.y - y < 1.5f * pitch;
        return next.page == page + 1 && next.line == 1;
    }

    Place place() {
        return Place.page(page, line);
    }

    float start() {
        return chunks.get(0).x();
    }

    float end() {
        return chunks.get(chunks.size() - 1).end();
    }

    String text() {
        StringBuilder b = new StringBuilder();
        for (Chunk c : chunks) b.append(b.isEmpty() ? "" : " ").append(c.text());
        return b.toString();
    }
}
