package org.jixiao.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EndingTests {

    /** The patterns the claim reader used before {@link Ending}, tried over the clause's last six characters. */
    private static String byPattern(String pattern, String clause) {
        Matcher m = Pattern.compile(pattern).matcher(clause).useTransparentBounds(true)
                .region(Math.max(0, clause.length() - 6), clause.length());
        return m.find() ? m.group(1) : null;
    }

    private static void assertAgrees(String clause) {
        assertThat(Ending.ADJUST_UP.in(clause)).as(clause).isEqualTo(byPattern("(调增|追加|增加预算|调整增加)(了|为|资金|预算)?$", clause));
        assertThat(Ending.ADJUST_DOWN.in(clause)).as(clause).isEqualTo(byPattern("(调减|减少预算|调整减少)(了|为|资金|预算)?$", clause));
        assertThat(Ending.CHANGE.in(clause)).as(clause).isEqualTo(byPattern("(增加|减少|增长|下降|降低|上升|提高|节约)(了|额)?$", clause));
    }

    @Test
    void findsTheWordThatEndsAClause() {
        assertThat(Ending.CHANGE.in("比上年增加了")).isEqualTo("增加");
        assertThat(Ending.ADJUST_UP.in("年中调整增加资金")).isEqualTo("调整增加");
        assertThat(Ending.CHANGE.in("增加的项目")).isNull();
        for (String clause : new String[] {"", "增加", "调增预算", "减少预算", "调整减少为", "增加预算了", "增长\n", "下降\r\n", "节约\u2028", "降低额x"}) {
            assertAgrees(clause);
        }
    }

    @Test
    void agreesWithThePatternsOnRandomClauses() {
        Random random = new Random(3);
        String alphabet = "调增减追加少预算整长下降低上升提高节约了为资金额的x\n\r\u0085";
        for (int i = 0; i < 20000; i++) {
            StringBuilder clause = new StringBuilder();
            int length = random.nextInt(10);
            for (int j = 0; j < length; j++) clause.append(alphabet.charAt(random.nextInt(alphabet.length())));
            assertAgrees(clause.toString());
        }
    }
}
