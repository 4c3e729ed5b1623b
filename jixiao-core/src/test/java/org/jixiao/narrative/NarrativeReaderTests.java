package org.jixiao.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NarrativeReaderTests {

    /** The pattern the reader removed before asking whether anything was left. */
    private static final Pattern FILLER = Pattern.compile("支出|数|为|是|的|共|计|合计|总额|年度|本年|金额|\\d{4}年|中|,|\\s");

    @Test
    void fillerIsWhatTheFormerPatternRemovedCompletely() {
        assertThat(NarrativeReader.onlyFiller("")).isTrue();
        assertThat(NarrativeReader.onlyFiller("2021年支出数为")).isTrue();
        assertThat(NarrativeReader.onlyFiller("合计 中,")).isTrue();
        assertThat(NarrativeReader.onlyFiller("合")).isFalse();
        assertThat(NarrativeReader.onlyFiller("202年")).isFalse();
        Random random = new Random(5);
        String alphabet = "支出数为是的共计合总额年度本金中, \t0123456789x";
        for (int i = 0; i < 20000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String t = text.toString();
            assertThat(NarrativeReader.onlyFiller(t)).as(t).isEqualTo(FILLER.matcher(t).replaceAll("").isEmpty());
        }
    }
}
