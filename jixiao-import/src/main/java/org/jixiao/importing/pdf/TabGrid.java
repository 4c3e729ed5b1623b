package org.jixiao.importing.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The default tab stops (默认制表位) of a PDF made from tab-separated text: a tab jumps to the next stop at
 * {@code origin + k × step} (LibreOffice Writer: every 1.25 cm from the paragraph's indent; Word: every 0.5 inch), so
 * an empty cell leaves no glyph and only the distance between two pieces of text tells how many tabs lay between.
 * {@code rightEdge} is the right end of the text area, where a line wraps; {@code pitch} the distance between lines.
 */
record TabGrid(float origin, float step, float rightEdge, float pitch) {

    /** 1.25 cm (LibreOffice: 709 twips), 0.5 inch (Word, WPS), 1 cm, 1.5 cm. */
    private static final float[] STEPS = {35.45f, 36f, 28.35f, 42.55f};
    private static final float ON_STOP = 0.5f;

    /**
     * Finds the grid when nearly all pieces of text that follow a gap (or start a line away from the margin) sit on
     * one: at least 20 such starts and 95 % of them on a stop. A PDF drawn with table borders has cells at arbitrary
     * positions, where about one start in twenty falls on a stop by chance.
     */
    static Optional<TabGrid> detect(List<PageLine> lines) {
        if (lines.isEmpty()) return Optional.empty();
        float origin = commonStart(lines);
        float rightEdge = PageLine.rightEdge(lines);
        List<Float> starts = new ArrayList<>();
        for (PageLine line : lines) {
            for (int i = 0; i < line.chunks().size(); i++) {
                float x = line.chunks().get(i).x();
                if (i > 0 || x > origin + 1) starts.add(x);
            }
        }
        if (starts.size() < 20) return Optional.empty();
        
        for (float step : STEPS) {
            TabGrid grid = new TabGrid(origin, step, rightEdge, PageLine.pitch(lines));
            long on = starts.stream().filter(grid::onStop).count();
            if (on * 100 >= starts.size() * 95L) return Optional.of(grid);
        }
        return Optional.empty();
    }

    /** The most common line start (to the half point): the left margin, where stop 0 is. */
    private static float commonStart(List<PageLine> lines) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (PageLine line : lines) counts.merge(Math.round(line.start() * 2), 1, Integer::sum);
        int best = 0;
        int most = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() > most || (e.getValue() == most && e.getKey() < best)) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        float sum = 0;
        int n = 0;
        for (PageLine line : lines) {
            if (Math.round(line.start() * 2) == best) {
                sum += line.start();
                n++;
            }
        }
        return sum / n;
    }

    boolean onStop(float x) {
        float k = (x - origin) / step;
        return k > -0.05f && Math.abs(k - Math.round(k)) * step <= ON_STOP;
    }

    /**
     * After a row, where the geometry alone allows both readings: a line starting at the margin with a digit (a
     * 科目编码) or a row label (合计, 总分) is the next row; a lone piece continues the row (an amount pushed to the next
     * line, the end of a long header); several cells after tabs continue it only when not even one tab fitted on the
     * row's line.
     */
    private boolean continuesRow(PageLine previous, PageLine next, int k) {
        String first = next.chunks().get(0).text();
        if (k == 0 && (Character.isDigit(first.charAt(0)) || ROW_LABEL.matcher(first).lookingAt())) return false;
        if (next.chunks().size() == 1) return true;
        if (k > 0) return stopX(firstStopAfter(previous.end())) >= rightEdge;
        return previous.end() + next.chunks().get(0).leadAfter(previous.chunks().get(previous.chunks().size() - 1)) > rightEdge + 0.5f;
    }

    private static final java.util.regex.Pattern ROW_LABEL = java.util.regex.Pattern.compile("合计|总计|总分|小计");

    /** The stop a piece of text on the grid starts at (0 at the margin). */
    int stop(float x) {
        return Math.round((x - origin) / step);
    }

    private float stopX(int k) {
        return origin + k * step;
    }

    /** The stop a tab typed right after {@code end} jumps to: the first one beyond it. */
    int firstStopAfter(float end) {
        int k = (int) Math.floor((end - origin) / step) + 1;
        return Math.max(k, 0);
    }

    /** How many tabs lie between a piece of text ending at {@code end} and the next one, starting on stop {@code k}. */
    int tabsBetween(float end, int k) {
        return k - firstStopAfter(end) + 1;
    }

    /**
     * Whether {@code next} continues {@code previous} (the paragraph wrapped) rather than starting a new one: it is
     * the next line (no blank line between, or the first line of the next page), starts on a stop, and its first
     * unbreakable piece — after the tabs that moved with it — would not have fitted at the end of {@code previous}.
     * Where both readings fit the geometry, a row followed by a line starting with a digit at the margin is two rows.
     */
    boolean wraps(PageLine previous, PageLine next) {
        Chunk first = next.chunks().get(0);
        if (!previous.isFollowedBy(next, pitch) || !onStop(first.x())) return false;
        int k = stop(first.x());
        if (previous.chunks().size() > 1 && !continuesRow(previous, next, k)) return false;
        Chunk last = previous.chunks().get(previous.chunks().size() - 1);
        float at = k == 0 ? previous.end() + first.leadAfter(last) - first.lead() : stopX(firstStopAfter(previous.end()) + k - 1);
        return at + first.lead() > rightEdge + 0.5f;
    }
}
