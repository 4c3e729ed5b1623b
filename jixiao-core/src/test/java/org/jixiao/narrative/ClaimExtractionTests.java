package org.jixiao.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimExtractionTests {

    private static Passage read(String... paragraphs) {
        return NarrativeReader.read(Reports.of(paragraphs)).get(0);
    }

    @Test
    void splitsSentencesOnFullStopsAndSemicolons() {
        Passage p = read("本年收入合计1474.07万元，其中：财政拨款收入1406.53万元，占95.42%；其他收入67.54万元，占4.58%。无。");

        assertThat(p.sentenceCount()).isEqualTo(3);
        assertThat(p.sentence(0)).endsWith("占95.42%；");
        assertThat(p.sentence(1)).isEqualTo("其他收入67.54万元，占4.58%。");
        assertThat(p.sentence(2)).isEqualTo("无。");
    }

    @Test
    void readsAmountsWithAndWithoutSeparatorsAndUnits() {
        Passage p = read("预算资金2,674.56万元，支出 1474.07 万元，节约5000元，疫情防控专项经费 101.06，共3个。");

        assertThat(p.mentions()).extracting(Mention::type, Mention::value, Mention::unit).containsExactly(
                tuple(Mention.Type.MONEY, new BigDecimal("2674.56"), "万元"),
                tuple(Mention.Type.MONEY, new BigDecimal("1474.07"), "万元"),
                tuple(Mention.Type.MONEY, new BigDecimal("5000"), "元"),
                tuple(Mention.Type.MONEY, new BigDecimal("101.06"), null),
                tuple(Mention.Type.COUNT, new BigDecimal("3"), "个"));
        assertThat(p.mentions().get(2).wanYuan()).isEqualByComparingTo("0.5");
    }

    @Test
    void bindsSubjectsMeasuresAndRoles() {
        Passage p = read("“三公”经费财政拨款支出预算为95万元，支出决算为92.51万元，完成预算的97.38%，与上年相比减少40.23万元，减少30.31%。");
        List<Mention> m = p.mentions();

        assertThat(m.get(0).key()).isEqualTo("three-public.total");
        assertThat(m.get(0).measure()).isEqualTo(Measure.BUDGET);
        assertThat(m.get(1).key()).isEqualTo("three-public.total");
        assertThat(m.get(1).inherited()).isTrue();
        assertThat(m.get(1).measure()).isEqualTo(Measure.ACTUAL);
        assertThat(m.get(2).role()).isEqualTo(Mention.Role.COMPLETION);
        assertThat(m.get(3).measure()).isEqualTo(Measure.CHANGE);
        assertThat(m.get(3).word()).isEqualTo("减少");
        assertThat(m.get(4).role()).isEqualTo(Mention.Role.CHANGE);
    }

    @Test
    void scopesFundSubjectsByTheParagraphLead() {
        Passage fund = read("2021年度政府性基金预算财政拨款收入0万元；支出0万元，其中基本支出0万元，项目支出0万元。");
        Passage fiscal = read("2021年度财政拨款基本支出335.54万元，其中：人员经费278.84万元。");

        assertThat(fund.mentions()).extracting(Mention::key).contains("government-fund:expenditure.basic");
        assertThat(fiscal.mentions().get(0).key()).isEqualTo("fiscal:expenditure.basic");
        assertThat(fiscal.mentions().get(1).key()).isEqualTo("personnel");
    }

    @Test
    void readsTheNamedWholeOfAShare() {
        Passage p = read("人员经费278.84万元，占基本支出的83.10%。");

        assertThat(p.mentions().get(1).role()).isEqualTo(Mention.Role.SHARE);
        assertThat(p.mentions().get(1).word()).isEqualTo("基本支出");
    }

    @Test
    void joinsAParagraphBrokenBeforeItsUnit() {
        Passage p = read("机关运行经费支出56.70万元，比上年决算数减少34.43", "万元，减少37.78%。");

        assertThat(p.mentions()).extracting(Mention::raw).containsExactly("56.70万元", "34.43万元", "37.78%");
    }

    @Test
    void datesAnAmountOfAnEarlierYearToThePriorYear() {
        Passage p = read("2020年基本支出300.00万元，2021年基本支出335.54万元。");

        assertThat(p.mentions()).extracting(Mention::measure).containsExactly(Measure.PRIOR, Measure.NONE);
    }
}
