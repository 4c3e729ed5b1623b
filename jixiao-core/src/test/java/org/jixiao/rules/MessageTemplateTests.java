package org.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MessageTemplateTests {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_.-]*)}");
    private static final Pattern NOT_NUMBER = Pattern.compile("[^0-9.\\-]+");

    /** How messages were filled with the pattern. */
    private static String fillByPattern(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            String value = values.get(m.group(1));
            out.append(text, last, m.start()).append(value == null ? "—" : value);
            last = m.end();
        }
        return out.append(text, last, text.length()).toString();
    }

    /** How merged findings read their single number with the pattern. */
    private static BigDecimal numberByPattern(String text) {
        String digits = NOT_NUMBER.matcher(text.replace(",", "")).replaceAll(" ").strip();
        if (digits.isEmpty() || digits.contains(" ")) return null;
        try {
            return new BigDecimal(digits).stripTrailingZeros();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Test
    void fillsPlaceholdersAsThePatternDid() {
        Map<String, String> values = Map.of("stated", "1.00", "a", "A", "b_1", "B");
        assertThat(new MessageTemplate("收入{stated}万元，{missing}，{ a}{1x}{a}{").fill(values)).isEqualTo("收入1.00万元，—，{ a}{1x}A{");
        Random random = new Random(11);
        String alphabet = "{}{}ab_1.-x 元";
        for (int i = 0; i < 20000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(14);
            for (int j = 0; j < length; j++) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String t = text.toString();
            assertThat(new MessageTemplate(t).fill(values)).as(t).isEqualTo(fillByPattern(t, values));
        }
    }

    @Test
    void readsTheSingleNumberOfAValueAsThePatternDid() {
        assertThat(SameEvidence.number("1,474.07万元")).isEqualByComparingTo("1474.07");
        assertThat(SameEvidence.number("35辆，36辆")).isNull();
        Random random = new Random(13);
        String alphabet = "0123456789.-,, 元万辆%";
        for (int i = 0; i < 20000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String t = text.toString();
            assertThat(SameEvidence.number(t)).as(t).isEqualTo(numberByPattern(t));
        }
    }
}
