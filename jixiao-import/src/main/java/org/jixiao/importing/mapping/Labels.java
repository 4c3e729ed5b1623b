package org.jixiao.importing.mapping;

import java.util.regex.Pattern;
import org.jixiao.importing.document.Numbering;

/** Normalisation of labels and recognisers of cell shapes (codes, amounts, 栏次 rows). */
final class Labels {

    private static final Pattern CODE = Pattern.compile("\\d{3}|\\d{5}|\\d{7}");
    private static final Pattern CODE_LIKE = Pattern.compile("\\d{4}|\\d{6}|\\d{8,9}");
    private static final Pattern AMOUNT = Pattern.compile("[-−]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?\\s*(万元|元)?");
    private static final Pattern INTEGER = Pattern.compile("\\d{1,3}");

    private Labels() {}

    /** Removes whitespace, quotes and a leading numbering token; unifies brackets. */
    static String normalise(String text) {
        String t = text.startsWith("- ") ? text.substring(2) : text;
        t = Numbering.split(t).map(Numbering.Token::rest).orElse(t);
        return t.replaceAll("[\\s\"“”‘’'「」]", "").replace('（', '(').replace('）', ')').replace('：', ':');
    }

    /** Like {@link #normalise} but keeps the numbering (for cells such as 一、一般公共服务支出 it is removed too). */
    static String compact(String text) {
        return text.replaceAll("[\\s\"“”‘’'「」]", "").replace('（', '(').replace('）', ')').replace('：', ':');
    }

    static boolean isCode(String s) {
        return CODE.matcher(s.strip()).matches();
    }

    static boolean isCodeLike(String s) {
        return CODE_LIKE.matcher(s.strip()).matches();
    }

    static boolean isAmount(String s) {
        String t = s.strip();
        return !t.isEmpty() && AMOUNT.matcher(t).matches();
    }

    /** An amount as tables print it: with a decimal point or a thousands separator (so not a 行次 or 栏次). */
    static boolean isPrintedAmount(String s) {
        String t = s.strip();
        return isAmount(t) && (t.contains(".") || t.contains(","));
    }

    static boolean isSmallInteger(String s) {
        return INTEGER.matcher(s.strip()).matches();
    }

    static boolean isTotal(String s) {
        String n = normalise(s);
        return n.equals("合计") || n.equals("总计");
    }

    static boolean hasCjk(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
