package org.jixiao.performance;

import java.util.regex.Pattern;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jixiao.accounts.Operand;
import org.jixiao.report.domain.Indicator;
import org.jixiao.report.domain.PerformanceSheet;
import org.jixiao.report.domain.Report;
import org.jixiao.report.domain.SheetKind;
import org.jixiao.rules.Location;
import org.jixiao.rules.RuleParameters;
import org.jixiao.shared.Figure;
import org.jixiao.shared.Provenance;
import org.jixiao.shared.StatedNumber;

/** Look-ups on 自评表s shared by the performance kinds. */
final class Sheets {

    // Patterns compiled once: String.replaceAll compiles its pattern on every call, and these run per indicator.
    private static final Pattern WEIGHT = Pattern.compile("[（(].*$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s");
    private static final Pattern SPACES_AND_QUOTES = Pattern.compile("[\\s\u3000“”\"]");

    private Sheets() {
    }

    /** The sheets a rule applies to: {@code sheets: WHOLE | PROJECT | ALL} (default ALL). */
    static List<PerformanceSheet> selected(Report report, RuleParameters p) {
        String which = p.text("sheets").orElse("ALL");
        return report.selfEvaluationPart().map(s -> s.sheets()).orElse(List.of()).stream()
                .filter(s -> which.equals("ALL") || s.kind() == SheetKind.valueOf(which)).toList();
    }

    static Location at(PerformanceSheet sheet, String row, String column, Provenance source) {
        return new Location("绩效自评", sheet.label(), row, column, null, null, source != null ? source : sheet.at());
    }

    static Location at(PerformanceSheet sheet, Indicator indicator, String column) {
        return at(sheet, indicator.name(), column, indicator.at());
    }

    static Operand operand(PerformanceSheet sheet, String row, String column, Figure figure, Provenance source) {
        Figure f = figure == null ? Figure.of("") : figure;
        return new Operand(sheet.label() + " " + row + " " + column, f, at(sheet, row, column, f.at() != null ? f.at() : source), false);
    }

    /** A plain number (分值, 得分): {@code 10}, {@code 9.5}; empty when absent or not a number. */
    static Optional<BigDecimal> number(Figure f) {
        if (f == null || f.isBlank()) return Optional.empty();
        return f.number().filter(n -> !n.percent()).map(StatedNumber::value);
    }

    /** 一级指标 without its weight or spaces: 产出指标（50分） → 产出指标. */
    static String level1(String heading) {
        if (heading == null) return "";
        if (!hasLineBreak(heading)) {
            // Without a line break, WEIGHT cuts at the first bracket and WHITESPACE drops every blank: done by hand, as
            // this runs for every indicator of several rules. With one, the patterns' rules for . and $ apply.
            int bracket = firstBracket(heading);
            String cut = bracket < 0 ? heading : heading.substring(0, bracket);
            return withoutBlanks(cut);
        }
        return WHITESPACE.matcher(WEIGHT.matcher(heading).replaceAll("")).replaceAll("");
    }

    private static boolean hasLineBreak(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') return true;
        }
        return false;
    }

    private static int firstBracket(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '（' || c == '(') return i;
        }
        return -1;
    }

    /** {@code \s} removed: space, tab, line breaks, vertical tab, form feed. */
    private static String withoutBlanks(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean blank = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (blank && out == null) out = new StringBuilder(s.length()).append(s, 0, i);
            else if (!blank && out != null) out.append(c);
        }
        return out == null ? s : out.toString();
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    /** Text compared without spaces or quotes. */
    static String normalise(String text) {
        return text == null ? "" : SPACES_AND_QUOTES.matcher(text).replaceAll("");
    }
}
