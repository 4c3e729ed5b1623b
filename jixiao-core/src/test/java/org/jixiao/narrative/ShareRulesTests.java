package org.jixiao.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.rules.RuleCase;
import org.jixiao.rules.Severity;
import org.junit.jupiter.api.Test;

class ShareRulesTests {

    private static final String INCOME = "本年收入合计1474.07万元，其中：财政拨款收入1406.53万元，占95.42%；上级补助收入0万元，占0%；其他收入67.54万元，占4.58%。";

    @Test
    @RuleCase(rule = "NAR-SHR-001", passes = true)
    @RuleCase(rule = "NAR-SHR-003", passes = true)
    void acceptsSharesOfTheListHead() {
        // 1406.53 ÷ 1474.07 = 95.418% → 95.42%; 67.54 ÷ 1474.07 = 4.582% → 4.58%; 95.42 + 0 + 4.58 = 100
        assertThat(Check.rule("NAR-SHR-001", INCOME)).isEmpty();
        assertThat(Check.rule("NAR-SHR-003", INCOME)).isEmpty();
    }

    @Test
    @RuleCase(rule = "NAR-SHR-001", passes = false)
    void flagsAShareThatIsNotPartOverHead() {
        var findings = Check.rule("NAR-SHR-001", INCOME.replace("占95.42%", "占95.24%"));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.violation().stated()).isEqualTo("95.24%");
            assertThat(f.violation().expected()).isEqualTo("95.42%");
            assertThat(f.violation().formula()).isEqualTo("1406.53 ÷ 1474.07 × 100% = 95.42%");
            assertThat(f.violation().location().source().line()).isEqualTo(1);
        });
    }

    @Test
    void notesATruncatedShareAsInfo() {
        // 382.88 ÷ 1000.00 = 38.288% → 38.29% rounded, 38.28% truncated
        var findings = Check.rule("NAR-SHR-001", "支出合计1000.00万元，其中：基本支出382.88万元，占38.28%；项目支出617.12万元，占61.71%。");

        assertThat(findings).singleElement().returns(Severity.INFO, NarrativeRules.Result::severity);
    }

    @Test
    @RuleCase(rule = "NAR-SHR-002", passes = true)
    void acceptsSharesOfANamedWholeInTheParagraph() {
        // 278.84 ÷ 335.54 = 83.102% → 83.10%; 56.70 ÷ 335.54 = 16.898% → 16.90%
        assertThat(Check.rule("NAR-SHR-002", "2021年度财政拨款基本支出335.54万元，其中：人员经费278.84万元，占基本支出的83.10%；"
                + "公用经费56.70万元，占基本支出的16.90%。")).isEmpty();
    }

    @Test
    @RuleCase(rule = "NAR-SHR-002", passes = false)
    void flagsAShareOfANamedWhole() {
        var findings = Check.rule("NAR-SHR-002", "2021年度财政拨款基本支出335.54万元，其中：人员经费278.84万元，占基本支出的83.01%。");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.violation().expected()).isEqualTo("83.10%");
            assertThat(f.violation().formula()).isEqualTo("278.84 ÷ 335.54 × 100% = 83.10%");
        });
    }

    @Test
    void aShareOfTheGeneralBudgetsBasicSpendingIsOfTheSentencesOwnTotal() {
        // 一般公共预算财政拨款基本支出 237.50 (公开05表), while 公开03表's 基本支出 of all funds is 288.63:
        // 187.40 ÷ 237.50 = 78.905% → 78.91%; 50.10 ÷ 237.50 = 21.095% → 21.09% (21.0947…). Before the fix the
        // 预算 of 一般公共预算 made 237.50 a budget figure, so the shares were checked against 288.63 (false ERRORs);
        // now the list's head names the whole.
        var report = Reports.withTables(java.util.List.of(Reports.table(org.jixiao.report.domain.TableKind.EXPENDITURE, "total", "basic", "288.63")),
                "2021年度一般公共预算财政拨款基本支出237.50万元，其中：人员经费187.40万元，占基本支出的78.91%；公用经费50.10万元，占基本支出的21.09%。");

        assertThat(NarrativeRules.run("NAR-SHR-002", report)).isEmpty();
        assertThat(NarrativeRules.run("NAR-SHR-002", Reports.withTables(java.util.List.of(Reports.table(
                org.jixiao.report.domain.TableKind.EXPENDITURE, "total", "basic", "288.63")),
                "2021年度一般公共预算财政拨款基本支出237.50万元，其中：人员经费187.40万元，占基本支出的78.19%；公用经费50.10万元，占基本支出的21.09%。")))
                .singleElement().satisfies(f -> assertThat(f.violation().expected()).isEqualTo("78.91%"));
    }

    @Test
    void leavesAWholeTheLexiconDoesNotKnowUnchecked() {
        assertThat(Check.rule("NAR-SHR-002", "共涉及资金1406.53万元，占一般公共预算项目支出总额的50%。")).isEmpty();
    }

    @Test
    @RuleCase(rule = "NAR-SHR-003", passes = false)
    void flagsSharesOfACompleteListThatDoNotAddUpToOneHundred() {
        // seed 004 line 424: the whole is the 三公 决算 of line 1 (92.51); 0 + 0 + 92.51 = 92.51, yet 0% + 0% + 0% = 0%
        var findings = Check.rule("NAR-SHR-003",
                "“三公”经费财政拨款支出预算为95万元，支出决算为92.51万元。",
                "2021年度“三公”经费财政拨款支出决算中，公务接待费支出决算0万元，占0%，因公出国（境）费支出决算0万元，占0%，"
                        + "公务用车购置费及运行维护费支出决算92.51万元，占0%。");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.violation().stated()).isEqualTo("0%");
            assertThat(f.violation().expected()).isEqualTo("100%");
        });
    }
}
