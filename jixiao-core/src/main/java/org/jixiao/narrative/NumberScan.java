package org.jixiao.narrative;

import java.util.ArrayList;
import java.util.List;

/**
 * The numbers of a normalised paragraph with their units (数字及单位), found in one walk over the text. It gives
 * exactly the matches that {@code Matcher.find} gives for the pattern
 * <pre>(?&lt;![\d.,A-Za-z])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\d.])\s*(万元|亿元|元(?!/)|%|％|个|人次|人|辆|台\(套\)|台|套|名|家)?</pre>
 * (NumberScanTests compares the two), without trying a regular expression at every digit: the claim reader
 * calls it for every paragraph of every report.
 */
final class NumberScan {

    /** The units in the order the pattern tries them: the first that stands after the number wins. */
    private static final String[] UNITS = {"万元", "亿元", "元", "%", "％", "个", "人次", "人", "辆", "台(套)", "台", "套", "名", "家"};

    /**
     * One number.
     *
     * @param start    where its first digit is
     * @param end      after its unit, or after the blanks that follow it when it has none
     * @param integer  the digits before the decimal point, with their thousands separators (group 1)
     * @param decimals the decimal point and the decimals, or null (group 2)
     * @param unit     the unit, or null (group 3)
     * @param text     the whole match, blanks included
     */
    record Found(int start, int end, String integer, String decimals, String unit, String text) {
    }

    private NumberScan() {
    }

    static List<Found> of(String s) {
        List<Found> out = new ArrayList<>();
        int n = s.length();
        int from = 0;
        while (from < n) {
            int p = from;
            while (p < n && !digit(s.charAt(p))) p++;
            if (p >= n) break;
            Found f = at(s, p);
            if (f == null) {
                from = p + 1;
            } else {
                out.add(f);
                from = f.end() > p ? f.end() : p + 1;
            }
        }
        return out;
    }

    /** The match that starts at {@code p} (a digit), or null. */
    private static Found at(String s, int p) {
        if (p > 0) {
            char b = s.charAt(p - 1);
            if (digit(b) || b == '.' || b == ',' || (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z')) return null;
        }
        int n = s.length();
        int run = p;
        while (run < n && digit(s.charAt(run))) run++;
        int integerEnd = -1;
        int end = -1;
        // First alternative: one to three digits, then groups of a comma and three digits, as many as give a match.
        if (run - p <= 3 && run < n && s.charAt(run) == ',') {
            int groups = 0;
            while (run + 4 * groups + 3 < n && s.charAt(run + 4 * groups) == ','
                    && digit(s.charAt(run + 4 * groups + 1)) && digit(s.charAt(run + 4 * groups + 2))
                    && digit(s.charAt(run + 4 * groups + 3))) {
                groups++;
            }
            for (int g = groups; g >= 1 && end < 0; g--) {
                int q = run + 4 * g;
                int e = afterDecimals(s, q);
                if (e >= 0) {
                    integerEnd = q;
                    end = e;
                }
            }
        }
        // Second alternative: all the digits (fewer digits leave a digit next, which the look-ahead refuses).
        if (end < 0) {
            int e = afterDecimals(s, run);
            if (e < 0) return null;
            integerEnd = run;
            end = e;
        }
        int afterNumber = end;
        while (end < n && blank(s.charAt(end))) end++;
        String unit = null;
        for (String u : UNITS) {
            if (s.startsWith(u, end) && !(u.equals("元") && end + 1 < n && s.charAt(end + 1) == '/')) {
                unit = u;
                break;
            }
        }
        if (unit != null) end += unit.length();
        return new Found(p, end, s.substring(p, integerEnd), afterNumber > integerEnd ? s.substring(integerEnd, afterNumber) : null,
                unit, s.substring(p, end));
    }

    /**
     * Where the number ends when its integer part ends at {@code q}: after the decimals, if any, when neither a digit
     * nor a point follows; -1 when the look-ahead fails whatever the decimals (the pattern then tries no shorter ones:
     * a shorter run of decimals leaves a digit next).
     */
    private static int afterDecimals(String s, int q) {
        int n = s.length();
        if (q < n && s.charAt(q) == '.' && q + 1 < n && digit(s.charAt(q + 1))) {
            int e = q + 1;
            while (e < n && digit(s.charAt(e))) e++;
            return e < n && s.charAt(e) == '.' ? -1 : e;
        }
        if (q < n && (s.charAt(q) == '.' || digit(s.charAt(q)))) return -1;
        return q;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code \s}: space, tab, line breaks, vertical tab, form feed. */
    private static boolean blank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
