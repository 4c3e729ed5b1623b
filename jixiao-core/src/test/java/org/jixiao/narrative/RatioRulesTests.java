package org.jixiao.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.rules.RuleCase;
import org.jixiao.rules.Severity;
import org.junit.jupiter.api.Test;

class RatioRulesTests {

    @Test
    @RuleCase(rule = "NAR-CMP-001", passes = true)
    @RuleCase(rule = "NAR-DIR-001", passes = true)
    void acceptsACorrectCompletionRatioAndComparisonWord() {
        // 335.54 ÷ 328.99 = 101.991% → 101.99%; 335.54 > 328.99 → 大于
        String s = "年初预算为328.99万元，支出决算为335.54万元，完成年初预算的101.99%，决算数大于年初预算数的主要原因是：年中调增预算6.55万元。";
        assertThat(Check.rule("NAR-CMP-001", s)).isEmpty();
        assertThat(Check.rule("NAR-DIR-001", s)).isEmpty();
    }

    @Test
    @RuleCase(rule = "NAR-CMP-001", passes = false)
    @RuleCase(rule = "NAR-DIR-001", passes = false)
    void flagsTheThreePublicCompletionOfSeed004() {
        // 92.51 ÷ 95 = 97.379% → 97.38%, not 124.13%; 92.51 − 95 < 0 → 小于, not 大于
        String s = "公务用车购置费及运行维护费支出预算为95万元，支出决算为92.51万元，完成预算的124.13%，决算数大于预算数的主要原因是公车平台预算不足。";

        assertThat(Check.rule("NAR-CMP-001", s)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.violation().stated()).isEqualTo("124.13%");
            assertThat(f.violation().expected()).isEqualTo("97.38%");
            assertThat(f.violation().formula()).isEqualTo("92.51 ÷ 95.00 × 100% = 97.38%");
        });
        assertThat(Check.rule("NAR-DIR-001", s)).singleElement().satisfies(f -> {
            assertThat(f.violation().stated()).isEqualTo("决算数大于预算数");
            assertThat(f.violation().expected()).isEqualTo("决算数小于预算数");
        });
    }

    @Test
    void leavesACompletionOverAnAdjustedBudgetUnchecked() {
        // 全年预算 433.50 + 年中增加 46.71 = 480.21: which base is meant is ambiguous
        assertThat(Check.rule("NAR-CMP-001", "项目全年预算数为 433.50 万元，年中增加预算 46.71 万元，预算执行数为 480.21 万元，完成预算的 100%。")).isEmpty();
    }

    @Test
    @RuleCase(rule = "NAR-CMP-002", passes = true)
    @RuleCase(rule = "NAR-CMP-003", passes = true)
    void acceptsAZeroBudgetThatIsSaidSo() {
        String s = "年初未安排预算，支出决算为282.16万元，完成年初预算的比例不适用。";
        assertThat(Check.rule("NAR-CMP-002", s)).isEmpty();
        assertThat(Check.rule("NAR-CMP-003", "因公出国（境）费支出预算为5万元，支出决算为5万元，完成预算的100%。")).isEmpty();
    }

    @Test
    @RuleCase(rule = "NAR-CMP-002", passes = false)
    void flagsOneHundredPercentOverAZeroBudget() {
        var findings = Check.rule("NAR-CMP-002", "年初预算为0万元，支出决算为282.16万元，完成年初预算的100%。");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.violation().stated()).isEqualTo("完成年初预算的100%");
            assertThat(f.violation().expected()).contains("年初未安排预算");
        });
    }

    @Test
    @RuleCase(rule = "NAR-CMP-003", passes = false)
    void warnsOfZeroPercentOverZeroOverZero() {
        var findings = Check.rule("NAR-CMP-003", "因公出国（境）费支出预算为0万元，支出决算为0万元，完成预算的0%，决算数等于预算数。");

        assertThat(findings).singleElement().returns(Severity.WARNING, NarrativeRules.Result::severity);
    }

    @Test
    @RuleCase(rule = "NAR-CHG-001", passes = true)
    @RuleCase(rule = "NAR-DIR-002", passes = true)
    @RuleCase(rule = "NAR-CHG-002", passes = true)
    void acceptsACorrectYearOnYearChange() {
        // 上年 = 1474.07 + 290.92 = 1764.99; 290.92 ÷ 1764.99 = 16.483% → 16.48%
        String s = "2021年度收、支总计1474.07万元。与上年相比，减少290.92万元，减少16.48%，主要是因为厉行节约。";
        assertThat(Check.rule("NAR-CHG-001", s)).isEmpty();
        assertThat(Check.rule("NAR-DIR-002", s)).isEmpty();
        assertThat(Check.rule("NAR-CHG-002", s)).isEmpty();
        // 上年 = 56.70 + 34.43 = 91.13; 34.43 ÷ 91.13 = 37.781% → 37.78% (a line broken before its unit is joined)
        assertThat(NarrativeRules.run("NAR-CHG-001", Reports.of("本部门2021年度机关运行经费支出56.70万元，比上年决算数减少34.43", "万元，减少37.78%。")))
                .isEmpty();
    }

    @Test
    @RuleCase(rule = "NAR-CHG-001", passes = false)
    void flagsAChangePercentThatDoesNotFollowFromTheImpliedPriorYear() {
        // 上年 = 92.51 + 40.23 = 132.74; 40.23 ÷ 132.74 = 30.307% → 30.31%, not 30.17%
        var findings = Check.rule("NAR-CHG-001", "公务用车购置费及运行维护费支出预算为95万元，支出决算为92.51万元，与上年相比减少40.23万元，减少30.17%。");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.violation().stated()).isEqualTo("30.17%");
            assertThat(f.violation().expected()).isEqualTo("30.31%");
            assertThat(f.violation().formula()).isEqualTo("上年 = 92.51 + 40.23 = 132.74；40.23 ÷ 132.74 × 100% = 30.31%");
        });
    }

    @Test
    @RuleCase(rule = "NAR-DIR-002", passes = false)
    void flagsOppositeDirectionWords() {
        var findings = Check.rule("NAR-DIR-002", "支出决算为92.51万元，与上年相比减少40.23万元，增长30.31%。");

        assertThat(findings).singleElement().returns(Severity.ERROR, NarrativeRules.Result::severity);
    }

    @Test
    @RuleCase(rule = "NAR-CHG-002", passes = false)
    void flagsAGrowthRateOverAZeroPriorYear() {
        // 上年 = 50 − 50 = 0: the rate is undefined, the text must say 新增
        var findings = Check.rule("NAR-CHG-002", "本年城乡社区支出50万元，与上年相比增加50万元，增长100%。");

        assertThat(findings).singleElement().satisfies(f -> assertThat(f.violation().expected()).startsWith("新增"));
    }
}
