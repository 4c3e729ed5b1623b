package org.jixiao.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.report.domain.Report;
import org.jixiao.rules.CheckContext;
import org.jixiao.rules.RuleParameters;
import org.jixiao.rules.Violation;

/**
 * Numbering of headings and numbered paragraphs (一、 （一） 1、 （1） ①), read in document order. Each style
 * has a level (一、 above （一） above 1、 above （1） above ①); a number restarts at 1 under a higher level and
 * at 第X部分. {@code check: gap}: a number that does not follow its predecessor (一、二、四); {@code check: mixed}:
 * a number that follows an item of another numeral system with the same bracket shape (（1） then （二）, 二、 then
 * 3、), i.e. two styles used for one level.
 */
final class HeadingNumberingKind extends TextKind {

    private static final String CN = "一二三四五六七八九十";
    private static final Pattern PREFIX = Pattern.compile("^(\\s|-|\\[bookmark:[^\\]]*\\]|附件[:：]|备注[:：])+");
    private static final Pattern PART = Pattern.compile("^第[一二三四五六七八九十]+部分");
    private static final Pattern[] STYLES = {
        Pattern.compile("^([一二三四五六七八九十]{1,3})[、．.]"),
        Pattern.compile("^[(（]([一二三四五六七八九十]{1,3})[)）]"),
        Pattern.compile("^(\\d{1,2})(?:、|[.．](?!\\d))"),
        Pattern.compile("^[(（](\\d{1,2})[)）]"),
        Pattern.compile("^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])")};

    /** A numbering token: rank 0..4 by style, its number, as written. */
    private record Token(int rank, int number, String written, Line line) {

        boolean paren() {
            return rank == 1 || rank == 3;
        }

        boolean chinese() {
            return rank <= 1;
        }
    }

    HeadingNumberingKind() {
        super("heading-numbering", Set.of("check"));
    }

    @Override
    public Set<String> requiredParameters() {
        return Set.of("check");
    }

    /** A line that restarts the numbering (第X部分), or a numbered line with its token. */
    private record Numbered(boolean part, Token token) {
    }

    /** The numbered lines of one report, in document order; both checks (gap, mixed) read them, once per run. */
    private record Numbering(List<Numbered> lines) {
    }

    @Override
    public List<Violation> check(Report report, RuleParameters parameters, CheckContext context) {
        Numbering numbering = context == null ? numbering(lines(report))
                : context.derived(Numbering.class, () -> numbering(lines(report, context)));
        return check(numbering, parameters);
    }

    @Override
    List<Violation> check(List<Line> lines, RuleParameters parameters) {
        return check(numbering(lines), parameters);
    }

    private static Numbering numbering(List<Line> lines) {
        List<Numbered> out = new ArrayList<>();
        for (Line line : lines) {
            // The patterns are anchored at ^: lookingAt gives the match find would, without trying every later character.
            Matcher prefix = PREFIX.matcher(line.text());
            String text = prefix.lookingAt() ? line.text().substring(prefix.end()) : line.text();
            if (PART.matcher(text).lookingAt()) {
                out.add(new Numbered(true, null));
                continue;
            }
            token(text, line).ifPresent(t -> out.add(new Numbered(false, t)));
        }
        return new Numbering(List.copyOf(out));
    }

    private static List<Violation> check(Numbering numbering, RuleParameters parameters) {
        boolean mixedWanted = parameters.required("check").equals("mixed");
        int[] last = new int[STYLES.length];
        List<Token> sinceTop = new ArrayList<>();
        List<Violation> out = new ArrayList<>();
        for (Numbered numbered : numbering.lines()) {
            if (numbered.part()) {
                java.util.Arrays.fill(last, 0);
                sinceTop.clear();
                continue;
            }
            Token t = numbered.token();
            Line line = t.line();
            if (t.rank() == 0) sinceTop.clear();
            if (t.number() != 1 && t.number() != last[t.rank()] + 1) {
                Optional<Token> sibling = sinceTop.stream()
                        .filter(o -> o.paren() == t.paren() && o.chinese() != t.chinese() && o.number() == t.number() - 1)
                        .reduce((a, b) -> b);
                if (sibling.isPresent() && mixedWanted) {
                    out.add(NarrativeKind.violation(line.location(), t.written(), write(sibling.get().rank(), t.number()),
                            "同级前一编号为" + sibling.get().written()));
                } else if (sibling.isEmpty() && !mixedWanted) {
                    out.add(NarrativeKind.violation(line.location(), t.written(), write(t.rank(), last[t.rank()] + 1),
                            last[t.rank()] == 0 ? "同级编号应从" + write(t.rank(), 1) + "开始" : "前一编号为" + write(t.rank(), last[t.rank()])));
                }
            }
            last[t.rank()] = t.number();
            for (int r = t.rank() + 1; r < last.length; r++) last[r] = 0;
            sinceTop.add(t);
        }
        return out;
    }

    private static Optional<Token> token(String text, Line line) {
        for (int rank = 0; rank < STYLES.length; rank++) {
            Matcher m = STYLES[rank].matcher(text);
            if (!m.lookingAt()) continue;
            String digits = m.group(1);
            int n = rank <= 1 ? chinese(digits) : rank == 4 ? digits.charAt(0) - '①' + 1 : Integer.parseInt(digits);
            if (n <= 0) return Optional.empty();
            return Optional.of(new Token(rank, n, m.group(), line));
        }
        return Optional.empty();
    }

    static int chinese(String s) {
        if (s.length() == 1) return CN.indexOf(s.charAt(0)) + 1;
        if (s.startsWith("十")) return 10 + (s.length() > 1 ? CN.indexOf(s.charAt(1)) + 1 : 0);
        int tens = CN.indexOf(s.charAt(0)) + 1;
        if (s.length() == 2 && s.charAt(1) == '十') return tens * 10;
        if (s.length() == 3 && s.charAt(1) == '十') return tens * 10 + CN.indexOf(s.charAt(2)) + 1;
        return -1;
    }

    private static String write(int rank, int n) {
        return switch (rank) {
            case 0 -> cn(n) + "、";
            case 1 -> "（" + cn(n) + "）";
            case 2 -> n + "、";
            case 3 -> "（" + n + "）";
            default -> String.valueOf((char) ('①' + n - 1));
        };
    }

    private static String cn(int n) {
        if (n <= 10) return String.valueOf(CN.charAt(n - 1));
        if (n < 20) return "十" + CN.charAt(n - 11);
        return CN.charAt(n / 10 - 1) + "十" + (n % 10 == 0 ? "" : String.valueOf(CN.charAt(n % 10 - 1)));
    }
}
