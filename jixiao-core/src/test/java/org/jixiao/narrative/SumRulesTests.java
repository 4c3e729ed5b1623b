package org.jixiao.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.rules.RuleCase;
import org.jixiao.rules.Severity;
import org.junit.jupiter.api.Test;

class SumRulesTests {

    @Test
    @RuleCase(rule = "NAR-SUM-001", passes = true)
    void acceptsAListThatAddsUp() {
        // 335.54 + 1138.53 = 1474.07; the （含…） list: 248.39 + 56.70 + 30.45 = 335.54; the 具体明细 list: 480.21 + 656.32 + 2.00 = 1138.53
        assertThat(Check.rule("NAR-SUM-001", "本年支出合计1474.07万元，其中：基本支出335.54万元，占22.76%；项目支出1138.53万元，占77.24%。",
                "整体支出 1474.07 万元，其中基本支出 335.54 万元（含工资福利 248.39 万元，公用经费 56.70 万元，退休人员费用 30.45 万元），"
                        + "项目支出 1138.53 万元，具体明细项目为：物业管理经费 480.21 万元，其他经费 656.32 万元，文印经费 2.00 万元。"))
                .isEmpty();
    }

    @Test
    @RuleCase(rule = "NAR-SUM-001", passes = false)
    void flagsTheProcurementListOfSeed004() {
        // 483.82 + 50 + 0 = 533.82 ≠ 532.13
        var findings = Check.rule("NAR-SUM-001", "本部门2021年度政府采购支出总额532.13万元，其中：政府采购货物支出483.82万元、政府采购工程支出50万元、政府采购服务支出0万元。");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.violation().stated()).isEqualTo("532.13万元");
            assertThat(f.violation().expected()).isEqualTo("533.82万元");
        });
    }

    @Test
    void notesADifferenceInsideTheRoundingBandAsInfo() {
        // seed 000 line 41: 2,247.13 + 353.86 = 2,600.99; 0.01 ≤ 2 × 0.005
        var findings = Check.rule("NAR-SUM-001", "3、2024年度单位一般公共预算财政拨款支出2,601.00万元其中：项目支出2,247.13万元，基本支出353.86万元，其中：人员经费321.95万元，公用经费31.91万元。");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.violation().expected()).isEqualTo("2,600.99万元");
        });
    }

    @Test
    void takesTheFirstAmountOfTheNextSentenceWhenTheListIsShort() {
        // seed 004 line 523: 917.49 + 489.07 + 67.54 = 1474.10 ≠ 1474.07 (0.03 > 3 × 0.005)
        var findings = Check.rule("NAR-SUM-001", "2021年预算收入1474.07万元，其中年初预算917.49万元，调整追加489.07万元。其他资金来源67.54万元。");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.violation().expected()).isEqualTo("1474.10万元");
        });
    }

    @Test
    @RuleCase(rule = "NAR-SUM-002", passes = true)
    void acceptsProcurementThatAddsUp() {
        assertThat(Check.rule("NAR-SUM-002", "政府采购支出总额100万元。政府采购货物支出60万元、政府采购工程支出30万元、政府采购服务支出10万元。")).isEmpty();
    }

    @Test
    @RuleCase(rule = "NAR-SUM-002", passes = false)
    void flagsProcurementThatDoesNotAddUp() {
        var findings = Check.rule("NAR-SUM-002", "政府采购支出总额100万元。政府采购货物支出60万元、政府采购工程支出30万元、政府采购服务支出12万元。");

        assertThat(findings).singleElement().satisfies(f -> assertThat(f.violation().expected()).isEqualTo("102万元"));
    }

    @Test
    @RuleCase(rule = "NAR-SUM-003", passes = true)
    void acceptsThreePublicCostsThatAddUp() {
        assertThat(Check.rule("NAR-SUM-003", "“三公”经费支出92.51万元。因公出国（境）费0万元，公务用车购置及运行费92.51万元，公务接待费0万元。")).isEmpty();
    }

    @Test
    @RuleCase(rule = "NAR-SUM-003", passes = false)
    void flagsThreePublicCostsThatDoNotAddUp() {
        assertThat(Check.rule("NAR-SUM-003", "“三公”经费支出92.51万元。因公出国（境）费0万元，公务用车购置及运行费92.51万元，公务接待费1.20万元。"))
                .singleElement().satisfies(f -> assertThat(f.violation().expected()).isEqualTo("93.71万元"));
    }

    @Test
    @RuleCase(rule = "NAR-SUM-004", passes = true)
    void acceptsBasicExpenditureThatAddsUp() {
        assertThat(Check.rule("NAR-SUM-004", "基本支出335.54万元。人员经费278.84万元，公用经费56.70万元。")).isEmpty();
    }

    @Test
    @RuleCase(rule = "NAR-SUM-004", passes = false)
    void flagsBasicExpenditureThatDoesNotAddUp() {
        assertThat(Check.rule("NAR-SUM-004", "基本支出335.54万元。人员经费278.84万元，公用经费56.07万元。"))
                .singleElement().returns(Severity.ERROR, NarrativeRules.Result::severity);
    }

    @Test
    @RuleCase(rule = "NAR-SUM-005", passes = true)
    void acceptsVehicleCostsThatAddUp() {
        assertThat(Check.rule("NAR-SUM-005", "公务用车购置及运行费92.51万元。公务用车购置费0万元，公务用车运行维护费92.51万元。")).isEmpty();
    }

    @Test
    @RuleCase(rule = "NAR-SUM-005", passes = false)
    void flagsVehicleCostsThatDoNotAddUp() {
        assertThat(Check.rule("NAR-SUM-005", "公务用车购置及运行费92.51万元。公务用车购置费0万元，公务用车运行维护费90.51万元。"))
                .singleElement().satisfies(f -> assertThat(f.violation().expected()).isEqualTo("90.51万元"));
    }

    @Test
    @RuleCase(rule = "NAR-BAL-001", passes = true)
    void acceptsAFullYearBudgetThatFollowsFromTheAdjustments() {
        assertThat(Check.rule("NAR-BAL-001", "年初预算20.00万元，年中执行调增5.92万元，全年预算25.92万元。")).isEmpty();
    }

    @Test
    @RuleCase(rule = "NAR-BAL-001", passes = false)
    void flagsAFullYearBudgetThatDoesNotFollow() {
        assertThat(Check.rule("NAR-BAL-001", "年初预算20.00万元，年中执行调增5.92万元，全年预算26.92万元。"))
                .singleElement().satisfies(f -> assertThat(f.violation().expected()).isEqualTo("25.92"));
    }

    @Test
    @RuleCase(rule = "NAR-BAL-002", passes = true)
    void acceptsAProjectWhoseFundsBalance() {
        // seed 000 line 64: 242.60 − 61.57 = 181.03 = 181.03 + 0.00
        assertThat(Check.rule("NAR-BAL-002", "三是公务用车平台经费，年初预算资金242.60万元，年中执行调减61.57万元，实际支出181.03万元，结余结转0.00万元。")).isEmpty();
        // seed 004 line 537: the 其中 parts do not count; 588.50 + 113.11 = 701.61 = 701.61 + 0
        assertThat(Check.rule("NAR-BAL-002", "年初预算项目经费合计 588.50 万元，其中甲经费 433.50 万元，乙经费 80 万元，丙经费 75 万元；"
                + "年中执行调增 113.11 万元，其中甲经费调增 46.71 万元，乙调增 21.92 万元，丙调增 44.48 万元；实际支出合计 701.61 万元，结余结转 0 万元。"))
                .isEmpty();
        // 预算 vs 决算 without an adjustment or a balance is a completion ratio, not an identity
        assertThat(Check.rule("NAR-BAL-002", "年初预算为328.99万元，支出决算为335.54万元，完成年初预算的101.99%。")).isEmpty();
    }

    @Test
    @RuleCase(rule = "NAR-BAL-002", passes = false)
    void flagsTheMachineryProjectOfSeed000() {
        // 59.99 + 2,050.00 − 324.42 = 1,785.57; 1,725.58 + 34.14 = 1,759.72; 25.85 apart
        var findings = Check.rule("NAR-BAL-002", "一是机关运转（含会议专项），上年结转59.99万元，年初预算资金2,050.00万元，年中执行调减324.42万元，"
                + "实际支出1,725.58万元，结余结转34.14万元。");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.violation().expected()).isEqualTo("1785.57");
            assertThat(f.violation().formula()).contains("相差25.85");
        });
    }
}
