package org.jixiao.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.rules.RuleCase;
import org.jixiao.rules.Severity;
import org.junit.jupiter.api.Test;

class ConsistencyRulesTests {

    @Test
    @RuleCase(rule = "NAR-DUP-001", passes = true)
    @RuleCase(rule = "NAR-DUP-002", passes = true)
    void acceptsAQuantityStatedTwiceAlike() {
        String[] ps = {"公务用车购置费及运行维护费支出预算为95万元，支出决算为92.51万元。", "公务用车购置费及运行维护费支出决算92.51万元，占100%。"};
        assertThat(Check.rule("NAR-DUP-001", ps)).isEmpty();
        assertThat(Check.rule("NAR-DUP-002", ps)).isEmpty();
    }

    @Test
    void keepsTheFundsOfAFundParagraphApart() {
        // 基本支出 0 of the 政府性基金 paragraph is not the unit's 基本支出 335.54
        assertThat(Check.rule("NAR-DUP-002", "本年支出合计1474.07万元，其中：基本支出335.54万元，项目支出1138.53万元。",
                "2021年度政府性基金预算财政拨款收入0万元；支出0万元，其中基本支出0万元，项目支出0万元。")).isEmpty();
    }

    @Test
    void keepsTheFundTypesOfAQualifiedSubjectApart() {
        // full-2024 rendered: 政府性基金预算/国有资本经营预算财政拨款 are not the unit's 一般公共预算财政拨款
        assertThat(Check.rule("NAR-DUP-002", "本年收入合计975.30万元，其中：一般公共预算财政拨款收入791.30万元，占81.13%；",
                "政府性基金预算财政拨款收入120.00万元，占12.30%；")).isEmpty();
        assertThat(Check.rule("NAR-DUP-002", "2024年度财政拨款支出748.41万元。",
                "2024年度国有资本经营预算财政拨款支出35.00万元，其中：基本支出0.00万元，项目支出35.00万元。")).isEmpty();
    }

    @Test
    void stillComparesTheSameFundTypeStatedTwice() {
        // the same qualified quantity with two values: the phrase as written, so NAR-DUP-001
        var findings = Check.rule("NAR-DUP-001", "政府性基金预算财政拨款收入120.00万元，占12.30%；",
                "2024年度政府性基金预算财政拨款收入120.00万元。", "政府性基金预算财政拨款收入102.00万元。");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.violation().stated()).isEqualTo("102.00万元");
            assertThat(f.violation().expected()).isEqualTo("120.00万元");
            assertThat(f.message()).contains("政府性基金预算财政拨款收入");
        });
        // the 一般公共预算 财政拨款支出 in other words with another value, next to another fund's: still NAR-DUP-002
        // (一般公共预算 is read as the fund's name, not as a budget figure)
        var other = Check.rule("NAR-DUP-002", "2024年度一般公共预算财政拨款支出748.41万元。", "国有资本经营预算财政拨款支出35.00万元。",
                "本年财政拨款支出784.41万元。");
        assertThat(other).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.violation().stated()).isEqualTo("784.41万元");
            assertThat(f.violation().expected()).isEqualTo("748.41万元");
        });
    }

    @Test
    @RuleCase(rule = "NAR-DUP-001", passes = false)
    void flagsTheSameWordsWithAnotherValue() {
        var findings = Check.rule("NAR-DUP-001", "公务用车购置费及运行维护费支出预算为95万元，支出决算为92.51万元。",
                "公务用车购置费及运行维护费支出决算92.51万元，占100%。", "公务用车购置费及运行维护费支出决算为0万元，其中：公务用车购置费0万元。");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.violation().stated()).isEqualTo("0万元");
            assertThat(f.violation().expected()).isEqualTo("92.51万元");
            assertThat(f.violation().location().source().line()).isEqualTo(3);
        });
    }

    @Test
    @RuleCase(rule = "NAR-DUP-002", passes = false)
    void warnsOfTheSameSubjectInOtherWordsWithAnotherValue() {
        var findings = Check.rule("NAR-DUP-002", "公务用车购置费及运行维护费支出决算为92.51万元。", "公务用车购置及运行费90.00万元。");

        assertThat(findings).singleElement().returns(Severity.WARNING, NarrativeRules.Result::severity);
    }

    @Test
    @RuleCase(rule = "NAR-CNT-001", passes = true)
    void acceptsACountThatMatchesItsList() {
        assertThat(Check.rule("NAR-CNT-001", "我单位共有内设科室（不含二级机构）4个，分别为办公室、物管股、公车平台股、后勤股，无二级机构。")).isEmpty();
        assertThat(Check.rule("NAR-CNT-001", "内设科室5个。内设科室分别是:办公室、公务用车服务室、安保室、物管室、膳食室。")).isEmpty();
    }

    @Test
    @RuleCase(rule = "NAR-CNT-001", passes = false)
    void flagsACountThatDoesNotMatchItsList() {
        var findings = Check.rule("NAR-CNT-001", "内设科室5个，分别为办公室、物管股、公车平台股、后勤股。");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.violation().stated()).isEqualTo("5个");
            assertThat(f.violation().expected()).isEqualTo("4个");
        });
    }

    @Test
    @RuleCase(rule = "NAR-CNT-002", passes = true)
    void acceptsACountThatMatchesTheParagraphsAfterIt() {
        assertThat(Check.rule("NAR-CNT-002", "本部门2024年年初预算专项资金共3个，具体情况如下：", "一是机关运转。", "二是文印中心运转。", "三是公务用车平台经费。",
                "另外，有1个专项资金不在年初预算中体现。")).isEmpty();
    }

    @Test
    @RuleCase(rule = "NAR-CNT-002", passes = false)
    void flagsACountThatDoesNotMatchTheParagraphsAfterIt() {
        // seed 000 lines 65–69: 有2个专项资金 …具体情况如下： then 一是 … 四是
        var findings = Check.rule("NAR-CNT-002", "另外，有2个专项资金来源为本级横向非财政资金，不在年初预算中体现。具体情况如下：", "一是纪委谈话室。", "二是经济表彰。",
                "三是新冠肺炎疫情防控专项资金。", "四是党建专项。");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.violation().stated()).isEqualTo("2个");
            assertThat(f.violation().expected()).isEqualTo("4个");
        });
    }

    @Test
    @RuleCase(rule = "NAR-CNT-003", passes = true)
    void acceptsACountThatIsTheSumOfItsParts() {
        // 16 + 21 = 37
        assertThat(Check.rule("NAR-CNT-003", "截止2024年12月31日，部门共有人员37人，其中在职人员16人，退休人员21人。")).isEmpty();
    }

    @Test
    @RuleCase(rule = "NAR-CNT-003", passes = false)
    void flagsTheVehiclesOfSeed004() {
        // 1 + 1 + 32 + 1 + 1 + 0 = 36 ≠ 35
        var findings = Check.rule("NAR-CNT-003", "截至2021年12月31日，本单位共有车辆35辆，其中，领导干部用车1辆、机要通信用车1辆、应急保障用车32辆、执法执勤用车1辆、"
                + "特种专业技术用车1辆、其他用车0辆；单位价值50万元以上通用设备0台（套）。");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.violation().stated()).isEqualTo("35辆");
            assertThat(f.violation().expected()).isEqualTo("36辆");
        });
    }

    @Test
    @RuleCase(rule = "NAR-UNIT-001", passes = true)
    void acceptsAmountsInTheSameUnit() {
        assertThat(Check.rule("NAR-UNIT-001", "本年支出合计1474.07万元，其中：基本支出335.54万元，项目支出1138.53万元。")).isEmpty();
    }

    @Test
    @RuleCase(rule = "NAR-UNIT-001", passes = false)
    void flagsAnAmountInYuanThatIsReallyInWanYuan() {
        // 335.54 + 1138.53 = 1474.07 holds only when 335.54元 is read as 万元
        var findings = Check.rule("NAR-UNIT-001", "本年支出合计1474.07万元，其中：基本支出335.54元，项目支出1138.53万元。");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.violation().stated()).isEqualTo("335.54元");
            assertThat(f.violation().expected()).isEqualTo("335.54万元");
            assertThat(f.violation().formula()).contains("10,000倍");
        });
        assertThat(Check.rule("NAR-SUM-001", "本年支出合计1474.07万元，其中：基本支出335.54元，项目支出1138.53万元。")).isEmpty();
    }

    @Test
    void flagsAnAmountInYuanThatEqualsItsTableCellInWanYuan() {
        // 公开03表 基本支出 335.54 (万元); the sentence writes 335.54元 = 0.033554万元
        var report = Reports.withTables(java.util.List.of(Reports.table(org.jixiao.report.domain.TableKind.EXPENDITURE, "total", "basic", "335.54")),
                "本年基本支出335.54元。");

        assertThat(NarrativeRules.run("NAR-UNIT-001", report)).singleElement().satisfies(f -> {
            assertThat(f.violation().stated()).isEqualTo("335.54元");
            assertThat(f.violation().expected()).isEqualTo("335.54万元");
        });
    }

    @Test
    @RuleCase(rule = "NAR-UNIT-002", passes = true)
    void acceptsAmountsWithUnits() {
        assertThat(Check.rule("NAR-UNIT-002", "后勤保障经费 143.69 万元，疫情防控专项经费 101.06 万元。", "新能源汽车行驶费用比燃油车少1.42元/公里。")).isEmpty();
    }

    @Test
    @RuleCase(rule = "NAR-UNIT-002", passes = false)
    void notesAnAmountWithoutUnit() {
        var findings = Check.rule("NAR-UNIT-002", "后勤保障经费 143.69 万元，疫情防控专项经费 101.06，机关文印中心工作经费 43.16 万元。");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.violation().stated()).isEqualTo("101.06");
            assertThat(f.violation().expected()).isEqualTo("101.06万元");
        });
    }
}
