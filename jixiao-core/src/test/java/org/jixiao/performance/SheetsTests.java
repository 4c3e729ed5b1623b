package org.jixiao.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SheetsTests {

    /** How level-1 headings were read with the patterns. */
    private static String level1ByPattern(String heading) {
        return heading.replaceAll("[（(].*$", "").replaceAll("\\s", "");
    }

    @Test
    void readsTheLevel1HeadingWithoutItsWeightAsThePatternsDid() {
        assertThat(Sheets.level1("产出指标（50分）")).isEqualTo("产出指标");
        assertThat(Sheets.level1(null)).isEmpty();
        Random random = new Random(19);
        String alphabet = "产出指标（）()50分 \t\n\r\u0085x";
        for (int i = 0; i < 20000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String t = text.toString();
            assertThat(Sheets.level1(t)).as(t).isEqualTo(level1ByPattern(t));
        }
    }
}
