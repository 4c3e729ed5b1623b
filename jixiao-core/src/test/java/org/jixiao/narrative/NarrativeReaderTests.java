package org.jixiao.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

    /** How the reader chose a clause's measure before: the word whose last occurrence ends last, the longer on a tie. */
    private static Measure measureByLastIndex(String clause) {
        String[] words = {"上年结转", "上年结余", "年初结转", "上年", "年初预算", "全年预算", "预算", "决算", "实际支出", "执行数", "支出数",
            "调增", "追加", "调减", "结余结转", "结转结余", "年末结转", "结余"};
        String[] measures = {"CARRIED_IN", "CARRIED_IN", "CARRIED_IN", "PRIOR", "INITIAL_BUDGET", "FULL_YEAR_BUDGET", "BUDGET", "ACTUAL",
            "ACTUAL", "ACTUAL", "ACTUAL", "ADJUST_UP", "ADJUST_UP", "ADJUST_DOWN", "BALANCE", "BALANCE", "BALANCE", "BALANCE"};
        int bestEnd = -1;
        int bestLength = 0;
        Measure best = Measure.NONE;
        for (int k = 0; k < words.length; k++) {
            int at = clause.lastIndexOf(words[k]);
            if (at < 0) continue;
            int end = at + words[k].length();
            if (end > bestEnd || (end == bestEnd && words[k].length() > bestLength)) {
                bestEnd = end;
                bestLength = words[k].length();
                best = Measure.valueOf(measures[k]);
            }
        }
        return best;
    }

    @Test
    void choosesTheMeasureWordThatEndsLast() {
        assertThat(NarrativeReader.measureIn("上年结转结余")).isEqualTo(Measure.BALANCE);
        assertThat(NarrativeReader.measureIn("年初预算为")).isEqualTo(Measure.INITIAL_BUDGET);
        Random random = new Random(7);
        String alphabet = "上年结转余初预算全决实际支出执行数调增追加减末为的x";
        for (int i = 0; i < 20000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(14);
            for (int j = 0; j < length; j++) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String t = text.toString();
            assertThat(NarrativeReader.measureIn(t)).as(t).isEqualTo(measureByLastIndex(t));
        }
    }

    @Test
    void findsListOpenersAsThePatternDid() {
        Pattern opener = Pattern.compile("其中[:：,，]?|具体明细项目为[:：]?|\\(含|主要用于以下方面[:：]?");
        for (String t : List.of("收入100万元，其中：A，具体明细项目为：B(含C)主要用于以下方面，其中,其中其中x具体明细项目为主要用于以下方面：")) {
            assertThat(Groups.openers(t).stream().map(m -> m[0] + "-" + m[1]).toList()).as(t)
                    .isEqualTo(opener.matcher(t).results().map(m -> m.start() + "-" + m.end()).toList()).hasSize(9);
        }
        Random random = new Random(9);
        String alphabet = "其中具体明细项目为(含主要用于以下方面:：,，x";
        for (int i = 0; i < 20000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(20);
            for (int j = 0; j < length; j++) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String t = text.toString();
            List<String> expected = opener.matcher(t).results().map(m -> m.start() + "-" + m.end()).toList();
            assertThat(Groups.openers(t).stream().map(m -> m[0] + "-" + m[1]).toList()).as(t).isEqualTo(expected);
        }
    }

    @Test
    void findsAmountsAndShareWholesAsThePatternsDid() {
        Pattern wanYuan = Pattern.compile("\\d\\s*万元");
        Pattern amount = Pattern.compile("\\d\\s*(万元|元|%)");
        Pattern lead = Pattern.compile("^比");
        Pattern tail = Pattern.compile("(的|比|为|达)+$");
        Random random = new Random(20261127L);
        String alphabet = "1 2万元%比的为达占x\t";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(12);
            for (int k = 0; k < length; k++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String t = b.toString();
            int from = t.isEmpty() ? 0 : random.nextInt(t.length());
            int to = from + random.nextInt(t.length() - from + 1);
            var w = wanYuan.matcher(t).region(from, to);
            assertThat(NarrativeReader.firstAmount(t, from, to, true)).as(t + " " + from + "-" + to).isEqualTo(w.find() ? w.start() : -1);
            var a = amount.matcher(t);
            assertThat(NarrativeReader.firstAmount(t, 0, t.length(), false)).as(t).isEqualTo(a.find() ? a.start() : -1);
            assertThat(NarrativeReader.shareWhole(t)).as(t).isEqualTo(tail.matcher(lead.matcher(t).replaceAll("")).replaceAll(""));
        }
    }
}
