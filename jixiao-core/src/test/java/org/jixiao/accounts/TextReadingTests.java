package org.jixiao.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextReadingTests {

    /** The pattern code-list names were stripped with before. */
    private static final Pattern NUMBERING = Pattern.compile("^[一二三四五六七八九十]+、\\s*");

    @Test
    void removesTheNumberingOfACategoryAsThePatternDid() {
        assertThat(CodeListKind.withoutNumbering("一、一般公共服务支出")).isEqualTo("一般公共服务支出");
        assertThat(CodeListKind.withoutNumbering("一般公共服务支出")).isEqualTo("一般公共服务支出");
        Random random = new Random(17);
        String alphabet = "一二十、 \t般公共x";
        for (int i = 0; i < 20000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(8);
            for (int j = 0; j < length; j++) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String t = text.toString();
            assertThat(CodeListKind.withoutNumbering(t)).as(t).isEqualTo(NUMBERING.matcher(t).replaceFirst(""));
        }
    }

    @Test
    void splitsFigureReferencesAsStringSplitDid() {
        for (String t : new String[] {"", "|", "||", "a", "a|b|c", "|a", "a|", "a||", "a||b", "INCOME|total|total"}) {
            assertThat(FigureRef.split(t, '|')).as(t).containsExactly(t.split("\\|"));
        }
    }
}
