package org.jixiao.narrative;

import java.math.BigDecimal;

/**
 * One number of a paragraph as written (提及): its kind, value and precision, unit, position, the sentence
 * it belongs to, the subject it is bound to (semantic key and the phrase that named it), what it measures,
 * and for a percent the role its words give it (share, completion, change).
 *
 * @param key       the lexicon key with its fund scope ({@code fiscal:expenditure.basic}), or null
 * @param phrase    the words that named the subject and measure, normalised, e.g. {@code 公务用车购置费及运行维护费|决算}
 * @param inherited true when the subject was carried over from an earlier clause of the same sentence
 * @param word      the direction word of a change (增加, 减少 …) or the role word of a percent
 */
record Mention(Type type, BigDecimal value, int scale, String unit, String raw, int start, int end, int sentence,
        String key, String phrase, Measure measure, boolean inherited, boolean inParentheses, Role role, String word) {

    enum Type { MONEY, PERCENT, COUNT }

    enum Role { NONE, SHARE, COMPLETION, CHANGE }

    /** The amount in 万元 (an amount written in 元 is converted for comparison; the unit rule reports it). */
    BigDecimal wanYuan() {
        if ("元".equals(unit)) return value.movePointLeft(4);
        if ("亿元".equals(unit)) return value.multiply(BigDecimal.valueOf(10_000));
        return value;
    }

    boolean isMoney() {
        return type == Type.MONEY;
    }

    boolean hasUnit() {
        return unit != null;
    }

    /** The value written the way the document writes amounts: two decimals for 万元. */
    String amountText() {
        return Numbers.plain(wanYuan(), 2);
    }
}
