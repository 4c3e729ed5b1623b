package org.jixiao.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumberScanTests {

    /** The pattern the claim reader used before the scan; the scan must find exactly its matches. */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\d.,A-Za-z])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?![\\d.])\\s*"
                    + "(万元|亿元|元(?!/)|%|％|个|人次|人|辆|台\\(套\\)|台|套|名|家)?");

    private static List<String> byPattern(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + "|" + m.group(1) + "|" + m.group(2) + "|" + m.group(3) + "|" + m.group());
        }
        return out;
    }

    private static List<String> byScan(String text) {
        return NumberScan.of(text).stream()
                .map(f -> f.start() + "-" + f.end() + "|" + f.integer() + "|" + f.decimals() + "|" + f.unit() + "|" + f.text())
                .toList();
    }

    @Test
    void findsTheNumbersOfAParagraphWithTheirUnits() {
        String text = "本年收入1,474.07万元，比上年增长12.5%，其中财政拨款1406.53 万元；车辆3辆，台(套)2台(套)，价格5元/吨。";
        assertThat(byScan(text)).isEqualTo(byPattern(text)).hasSize(6);
    }

    @Test
    void treatsBrokenSeparatorsAndPointsAsThePatternDoes() {
        for (String text : List.of("1,2345", "12,34", "1,234,5678", "1234,567", "1,234.5.6", "12.34.5", "1.", "a12", "A1,234",
                "1,234,567.89元", "3.5 \t％", "2021年", "0.5亿元", "7人次8人", "1,234.", ",123", ".5万元", "9元/")) {
            assertThat(byScan(text)).as(text).isEqualTo(byPattern(text));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void agreesWithThePatternOnRandomText(long seed) {
        Random random = new Random(seed);
        String alphabet = "0123456789012345678901234567890123456789.,.,  \taZ年万元亿%％个人次辆台(套)名家/，。";
        for (int i = 0; i < 2000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(30);
            for (int j = 0; j < length; j++) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            assertThat(byScan(text.toString())).as(text.toString()).isEqualTo(byPattern(text.toString()));
        }
    }
}
