package org.jixiao.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.report.domain.Paragraph;
import org.jixiao.report.domain.Report;
import org.jixiao.report.domain.ReportHeader;
import org.jixiao.report.domain.Section;
import org.jixiao.rules.RuleCase;
import org.jixiao.rules.Severity;
import org.jixiao.shared.Provenance;
import org.junit.jupiter.api.Test;

class HygieneRulesTests {

    private static final String LONG = "根据预算绩效管理要求，我部门组织对2021年度一般公共预算项目支出全面开展绩效自评。";

    @Test
    @RuleCase(rule = "TXT-001", passes = true)
    void acceptsDistinctParagraphs() {
        assertThat(Check.rule("TXT-001", LONG, LONG.replace("2021", "2022"), "无", "无")).isEmpty();
    }

    @Test
    @RuleCase(rule = "TXT-001", passes = false)
    void notesARepeatedParagraph() {
        assertThat(Check.rule("TXT-001", LONG, "其他。", " " + LONG)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.violation().location().source().line()).isEqualTo(3);
        });
    }

    @Test
    @RuleCase(rule = "TXT-002", passes = true)
    void acceptsSingleUnits() {
        assertThat(Check.rule("TXT-002", "实际支出0.79万元，结余0.00万元，占100%，节约5元。")).isEmpty();
    }

    @Test
    @RuleCase(rule = "TXT-002", passes = false)
    void notesADoubledUnit() {
        assertThat(Check.rule("TXT-002", "四是党建专项，上年结转0.79万元，实际支出0.79万元万元，结余0.00万元。"))
                .singleElement().satisfies(f -> assertThat(f.violation().stated()).isEqualTo("万元万元"));
    }

    @Test
    void theDoubledUnitFiltersLoseNoMatch() {
        // TXT-002's triggers, contains and starts only skip work: on random lines of the characters that matter the
        // rule finds exactly what its pattern finds
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile("(万元){2,}|%{2,}|％{2,}|(?<!万)(元){2,}");
        java.util.Random random = new java.util.Random(2026_11_27L);
        String alphabet = "万元元%％ 1。a";
        for (int i = 0; i < 3000; i++) {
            StringBuilder b = new StringBuilder();
            int length = 1 + random.nextInt(10);
            for (int k = 0; k < length; k++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String line = "说明" + b.toString().strip();
            List<String> expected = pattern.matcher(line).results().map(java.util.regex.MatchResult::group).toList();
            assertThat(Check.rule("TXT-002", line)).as(line).extracting(f -> f.violation().stated()).containsExactlyElementsOf(expected);
        }
    }

    @Test
    @RuleCase(rule = "TXT-003", passes = true)
    void acceptsChosenDirectionWords() {
        assertThat(Check.rule("TXT-003", "决算数大于年初预算数的主要原因是：年中调增预算6.55万元（含追加）。")).isEmpty();
    }

    @Test
    @RuleCase(rule = "TXT-003", passes = false)
    void notesTemplateResidue() {
        assertThat(Check.rule("TXT-003", "与上年相比减少（增加）0万元，减少（增长）0%，决算数大于（小于）年初预算数，年中调增（减）5万元。"))
                .extracting(f -> f.violation().stated()).containsExactly("减少（增加）", "减少（增长）", "大于（小于）", "调增（减）");
    }

    @Test
    @RuleCase(rule = "TXT-004", passes = true)
    void acceptsFilledInText() {
        assertThat(Check.rule("TXT-004", "【一般公共预算】本单位2021年度支出1474.07万元，XXL型号设备1台。")).isEmpty();
    }

    @Test
    @RuleCase(rule = "TXT-004", passes = false)
    void notesPlaceholders() {
        assertThat(Check.rule("TXT-004", "XX单位2021年度支出××万元，【】，【请填写原因】。")).hasSize(4);
    }

    @Test
    @RuleCase(rule = "TXT-005", passes = true)
    @RuleCase(rule = "TXT-006", passes = true)
    void acceptsConsecutiveNumbering() {
        String[] ps = {"一、收入支出决算总体情况说明", "（一）总体情况", "1、行政运行", "2、一般行政管理事务", "（二）结构情况", "二、收入决算情况说明",
            "（一）收入", "第四部分", "- 一、 财政拨款收入：指单位从同级财政部门取得的财政预算资金。"};
        assertThat(Check.rule("TXT-005", ps)).isEmpty();
        assertThat(Check.rule("TXT-006", ps)).isEmpty();
    }

    @Test
    @RuleCase(rule = "TXT-005", passes = false)
    void notesANumberingGap() {
        assertThat(Check.rule("TXT-005", "一、基本情况", "二、支出情况", "四、存在的问题")).singleElement().satisfies(f -> {
            assertThat(f.violation().stated()).isEqualTo("四、");
            assertThat(f.violation().expected()).isEqualTo("三、");
        });
    }

    @Test
    @RuleCase(rule = "TXT-006", passes = false)
    void notesMixedNumberingStylesAtOneLevel() {
        assertThat(Check.rule("TXT-006", "二、一般公共预算支出情况", "（一）基本支出情况", "1、预算资金", "（2） 项目支出情况")).singleElement().satisfies(f -> {
            assertThat(f.violation().stated()).isEqualTo("（2）");
            assertThat(f.violation().expected()).isEqualTo("（二）");
        });
    }

    @Test
    void readsSectionHeadingsToo() {
        var sections = List.of(new Section("final-accounts", "一、", "基本情况", 1, List.of(), Provenance.line(1)),
                new Section("final-accounts", "三、", "存在的问题", 1, List.of(new Paragraph("无", Provenance.line(3))), Provenance.line(2)));
        var report = new Report(Report.FORMAT_VERSION, new ReportHeader("测试单位", null, 2021, null, List.of()), null, null, null, null, sections);

        assertThat(NarrativeRules.run("TXT-005", report)).singleElement().satisfies(f -> assertThat(f.violation().location().source().line()).isEqualTo(2));
    }

    @Test
    @RuleCase(rule = "TXT-007", passes = true)
    void acceptsWellFormedPhoneNumbers() {
        assertThat(Check.rule("TXT-007", "联系人：张三，联系电话：0731-22661234。", "手机：13807331234")).isEmpty();
    }

    @Test
    @RuleCase(rule = "TXT-007", passes = false)
    void notesAMalformedPhoneNumber() {
        assertThat(Check.rule("TXT-007", "联系电话：0731-226612", "手机：1380733123")).hasSize(2);
    }
}
