package org.jixiao.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jixiao.report.domain.Report;
import org.jixiao.report.domain.StatementTable;
import org.jixiao.report.domain.TableKind;
import org.junit.jupiter.api.Test;

/** Tables are recognised by the meaning of their titles, never by their number or position. */
class TableRecognitionTests {

    private Report importText(String... lines) throws Exception {
        return new DocumentImporter().importBytes("湖南2022.txt", String.join("\n", lines).getBytes(StandardCharsets.UTF_8)).report();
    }

    @Test
    void hunan2022OrderMapsByMeaning() throws Exception {
        Report report = importText(
                "单位名称：某区机关事务服务中心", "2022年度部门决算",
                "部门收支决算总表", "公开01表", "金额单位：万元",
                "项目\t行次\t金额\t项目\t行次\t金额",
                "一、一般公共预算财政拨款收入\t1\t10.00\t一、一般公共服务支出\t32\t10.00",
                "政府性基金预算财政拨款收入支出决算表", "公开07表",
                "项目\t\t年初结转和结余\t本年收入\t本年支出\t\t\t年末结转和结余",
                "功能分类科目编码\t科目名称\t\t\t小计\t基本支出\t项目支出\t",
                "合计\t\t\t\t\t\t\t",
                "国有资本经营预算财政拨款收入支出决算表", "公开08表",
                "项目\t\t合计\t基本支出\t项目支出",
                "合计\t\t\t\t",
                "财政拨款“三公”经费支出决算表", "公开09表",
                "预算数\t\t\t\t\t\t决算数",
                "合计\t因公出国（境）费\t公务用车购置及运行费\t\t\t公务接待费\t合计\t因公出国（境）费\t公务用车购置及运行费\t\t\t公务接待费",
                "\t\t小计\t公务用车购置费\t公务用车运行费\t\t\t\t小计\t公务用车购置费\t公务用车运行费",
                "12.00\t\t10.00\t\t10.00\t2.00\t11.50\t\t9.50\t\t9.50\t2.00");

        assertThat(report.finalAccounts().tables()).extracting(StatementTable::kind, StatementTable::number).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TableKind.INCOME_EXPENDITURE_SUMMARY, "公开01表"),
                org.assertj.core.groups.Tuple.tuple(TableKind.GOVERNMENT_FUND, "公开07表"),
                org.assertj.core.groups.Tuple.tuple(TableKind.STATE_CAPITAL, "公开08表"),
                org.assertj.core.groups.Tuple.tuple(TableKind.THREE_PUBLIC_COSTS, "公开09表"));
        StatementTable threePublic = report.finalAccounts().table(TableKind.THREE_PUBLIC_COSTS).orElseThrow();
        assertThat(threePublic.row("reception").orElseThrow().cell("actual").orElseThrow().text()).isEqualTo("2.00");
        assertThat(threePublic.row("vehicle-running").orElseThrow().cell("budget").orElseThrow().text()).isEqualTo("10.00");
        assertThat(report.finalAccounts().table(TableKind.GOVERNMENT_FUND).orElseThrow().row("total").orElseThrow().cells())
                .containsOnlyKeys("opening-balance", "income", "expenditure", "basic", "project", "closing-balance");
    }

    @Test
    void tocEntriesAndNarrativeHeadingsThatMentionATableAreNotTables() throws Exception {
        Report report = importText(
                "单位名称：某区机关事务服务中心", "2021年度部门决算", "目录", "第一部分 概况", "- 一、收入支出决算总表",
                "第一部分", "某区机关事务服务中心 单位概况", "一、部门职责", "负责机关事务。",
                "第三部分", "2021年度部门决算情况说明", "一、收入支出决算总体情况说明", "2021年度收、支总计10.00万元。");

        assertThat(report.finalAccounts()).isNull();
        assertThat(report.narrative()).extracting(s -> s.part() + ":" + s.heading())
                .containsExactly("other:", "profile:部门职责", "final-accounts:收入支出决算总体情况说明");
    }
}
