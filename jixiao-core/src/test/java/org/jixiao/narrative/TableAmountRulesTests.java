package org.jixiao.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.jixiao.report.domain.TableKind;
import org.jixiao.rules.RuleCase;
import org.jixiao.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TableAmountRulesTests {

    static Stream<Arguments> bindings() {
        return Stream.of(
                Arguments.of("NAR-TBL-001", "本年收入合计1474.07万元。", TableKind.INCOME_EXPENDITURE_SUMMARY, "income.total", "amount"),
                Arguments.of("NAR-TBL-002", "本年支出合计1474.07万元。", TableKind.INCOME_EXPENDITURE_SUMMARY, "expenditure.total", "amount"),
                Arguments.of("NAR-TBL-003", "基本支出1474.07万元。", TableKind.EXPENDITURE, "total", "basic"),
                Arguments.of("NAR-TBL-004", "项目支出1474.07万元。", TableKind.EXPENDITURE, "total", "project"),
                Arguments.of("NAR-TBL-005", "2021年度财政拨款基本支出1474.07万元。", TableKind.GENERAL_BUDGET_EXPENDITURE, "total", "basic"),
                Arguments.of("NAR-TBL-006", "2021年度财政拨款支出1474.07万元。", TableKind.GENERAL_BUDGET_EXPENDITURE, "total", "total"),
                Arguments.of("NAR-TBL-007", "财政拨款收入1474.07万元。", TableKind.FISCAL_SUMMARY, "income.total", "amount"),
                Arguments.of("NAR-TBL-008", "人员经费1474.07万元。", TableKind.BASIC_EXPENDITURE_DETAIL, "personnel-total", "amount"),
                Arguments.of("NAR-TBL-009", "公用经费1474.07万元。", TableKind.BASIC_EXPENDITURE_DETAIL, "public-total", "amount"),
                Arguments.of("NAR-TBL-010", "本部门2021年度机关运行经费支出1474.07万元。", TableKind.BASIC_EXPENDITURE_DETAIL, "public-total", "amount"),
                Arguments.of("NAR-TBL-011", "“三公”经费财政拨款支出决算为1474.07万元。", TableKind.THREE_PUBLIC_COSTS, "total", "actual"),
                Arguments.of("NAR-TBL-012", "因公出国（境）费支出决算为1474.07万元。", TableKind.THREE_PUBLIC_COSTS, "abroad", "actual"),
                Arguments.of("NAR-TBL-013", "公务接待费支出决算为1474.07万元。", TableKind.THREE_PUBLIC_COSTS, "reception", "actual"),
                Arguments.of("NAR-TBL-014", "公务用车购置费及运行维护费支出决算为1474.07万元。", TableKind.THREE_PUBLIC_COSTS, "vehicles", "actual"),
                Arguments.of("NAR-TBL-015", "公务用车购置费1474.07万元。", TableKind.THREE_PUBLIC_COSTS, "vehicle-purchase", "actual"),
                Arguments.of("NAR-TBL-016", "公务用车运行维护费1474.07万元。", TableKind.THREE_PUBLIC_COSTS, "vehicle-running", "actual"));
    }

    @ParameterizedTest
    @MethodSource("bindings")
    @RuleCase(rule = "NAR-TBL-001", passes = true)
    @RuleCase(rule = "NAR-TBL-002", passes = true)
    @RuleCase(rule = "NAR-TBL-003", passes = true)
    @RuleCase(rule = "NAR-TBL-004", passes = true)
    @RuleCase(rule = "NAR-TBL-005", passes = true)
    @RuleCase(rule = "NAR-TBL-006", passes = true)
    @RuleCase(rule = "NAR-TBL-007", passes = true)
    @RuleCase(rule = "NAR-TBL-008", passes = true)
    @RuleCase(rule = "NAR-TBL-009", passes = true)
    @RuleCase(rule = "NAR-TBL-010", passes = true)
    @RuleCase(rule = "NAR-TBL-011", passes = true)
    @RuleCase(rule = "NAR-TBL-012", passes = true)
    @RuleCase(rule = "NAR-TBL-013", passes = true)
    @RuleCase(rule = "NAR-TBL-014", passes = true)
    @RuleCase(rule = "NAR-TBL-015", passes = true)
    @RuleCase(rule = "NAR-TBL-016", passes = true)
    void acceptsANarrativeAmountEqualToItsTableCell(String rule, String sentence, TableKind kind, String row, String column) {
        var report = Reports.withTables(List.of(Reports.table(kind, row, column, "1,474.07")), sentence);

        assertThat(NarrativeRules.run(rule, report)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("bindings")
    @RuleCase(rule = "NAR-TBL-001", passes = false)
    @RuleCase(rule = "NAR-TBL-002", passes = false)
    @RuleCase(rule = "NAR-TBL-003", passes = false)
    @RuleCase(rule = "NAR-TBL-004", passes = false)
    @RuleCase(rule = "NAR-TBL-005", passes = false)
    @RuleCase(rule = "NAR-TBL-006", passes = false)
    @RuleCase(rule = "NAR-TBL-007", passes = false)
    @RuleCase(rule = "NAR-TBL-008", passes = false)
    @RuleCase(rule = "NAR-TBL-009", passes = false)
    @RuleCase(rule = "NAR-TBL-010", passes = false)
    @RuleCase(rule = "NAR-TBL-011", passes = false)
    @RuleCase(rule = "NAR-TBL-012", passes = false)
    @RuleCase(rule = "NAR-TBL-013", passes = false)
    @RuleCase(rule = "NAR-TBL-014", passes = false)
    @RuleCase(rule = "NAR-TBL-015", passes = false)
    @RuleCase(rule = "NAR-TBL-016", passes = false)
    void flagsANarrativeAmountThatDiffersFromItsTableCell(String rule, String sentence, TableKind kind, String row, String column) {
        var report = Reports.withTables(List.of(Reports.table(kind, row, column, "1,406.53")), sentence);

        assertThat(NarrativeRules.run(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(rule.equals("NAR-TBL-010") ? Severity.WARNING : Severity.ERROR);
            assertThat(f.violation().stated()).isEqualTo("1474.07万元");
            assertThat(f.violation().expected()).isEqualTo("1406.53万元");
        });
    }

    @Test
    void notesACentOffAsRounding() {
        var report = Reports.withTables(List.of(Reports.table(TableKind.EXPENDITURE, "total", "basic", "335.55")), "基本支出335.54万元。");

        assertThat(NarrativeRules.run("NAR-TBL-003", report)).singleElement().returns(Severity.INFO, NarrativeRules.Result::severity);
    }

    @Test
    void comparesAtThePrecisionTheSentenceWrites() {
        var report = Reports.withTables(List.of(Reports.table(TableKind.THREE_PUBLIC_COSTS, "total", "budget", "95.00")), "“三公”经费财政拨款支出预算为95万元。");

        assertThat(NarrativeRules.run("NAR-TBL-011", report)).isEmpty();
    }
}
