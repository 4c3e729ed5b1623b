package org.jixiao.importing.document;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heading numbering tokens (标题序号) as Chinese documents write them, and their style: {@code 一、} (CHINESE),
 * {@code （一）} or {@code (一)} (CHINESE_PAREN), {@code 1、} {@code 1.} {@code 1．} (ARABIC), {@code (1)}
 * {@code （1）} (ARABIC_PAREN), {@code ①} (CIRCLED). Mixed brackets such as {@code (一）} are accepted as written.
 */
public final class Numbering {

    /** The numbering styles, from the usual outermost to the usual innermost. */
    public enum Style { CHINESE, CHINESE_PAREN, ARABIC, ARABIC_PAREN, CIRCLED }

    /** A token found at the start of a text, its style and the text after it. */
    public record Token(String token, Style style, String rest) {}

    private static final String CN = "[一二三四五六七八九十百零〇]+";
    private static final Pattern CHINESE = Pattern.compile("^(" + CN + "、)\\s*");
    private static final Pattern CHINESE_PAREN = Pattern.compile("^([（(]\\s*" + CN + "\\s*[)）]、?)\\s*");
    private static final Pattern ARABIC_PAREN = Pattern.compile("^([（(]\\s*\\d{1,2}\\s*[)）]、?)\\s*");
    private static final Pattern ARABIC = Pattern.compile("^(\\d{1,2}\\s*(?:、|\\.(?!\\d)|．))\\s*");
    private static final Pattern CIRCLED = Pattern.compile("^([①-⑳])\\s*");

    private Numbering() {}

    public static Optional<Token> split(String text) {
        String t = text.strip();
        Optional<Token> found = match(CHINESE, Style.CHINESE, t);
        if (found.isEmpty()) found = match(CHINESE_PAREN, Style.CHINESE_PAREN, t);
        if (found.isEmpty()) found = match(ARABIC_PAREN, Style.ARABIC_PAREN, t);
        if (found.isEmpty()) found = match(ARABIC, Style.ARABIC, t);
        if (found.isEmpty()) found = match(CIRCLED, Style.CIRCLED, t);
        return found;
    }

    /** The style of a numbering token given by Word's list numbering (e.g. {@code 一、} or {@code 1.}). */
    public static Optional<Style> styleOf(String token) {
        return split(token + "x").map(Token::style);
    }

    private static Optional<Token> match(Pattern p, Style style, String t) {
        Matcher m = p.matcher(t);
        if (!m.find()) return Optional.empty();
        String rest = t.substring(m.end()).strip();
        if (rest.isEmpty()) return Optional.empty();
        return Optional.of(new Token(m.group(1).strip(), style, rest));
    }
}
