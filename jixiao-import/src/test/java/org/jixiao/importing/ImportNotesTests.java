package org.jixiao.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jixiao.report.domain.TableKind;
import org.junit.jupiter.api.Test;

/** What cannot be mapped is kept out of the report and said in a note with its place, never dropped silently. */
class ImportNotesTests {

    private final DocumentImporter importer = new DocumentImporter();

    private ImportResult importText(String text) throws Exception {
        return importer.importBytes("样例.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void notesAColumnHeaderItDoesNotUnderstandAndKeepsTheOthers() throws Exception {
        ImportResult result = importText(String.join("\n",
                "单位名称：某区机关事务服务中心", "2021年度部门决算", "支出决算表", "公开03表",
                "项目\t\t本年支出合计\t基本支出\t奇怪的列\t项目支出",
                "201\t一般公共服务支出\t10.00\t4.00\t9.99\t6.00"));

        assertThat(result.notes()).singleElement().satisfies(n -> {
            assertThat(n.reason()).isEqualTo("列标题“奇怪的列”未能识别，该列未导入");
            assertThat(n.place()).isEqualTo("样例.txt 公开03表 第5行");
        });
        var row = result.report().finalAccounts().table(TableKind.EXPENDITURE).orElseThrow().row("201").orElseThrow();
        assertThat(row.cells()).containsOnlyKeys("total", "basic", "project");
        assertThat(row.cell("project").orElseThrow().text()).isEqualTo("6.00");
    }

    @Test
    void notesARowWhoseCodeHasTheWrongLength() throws Exception {
        ImportResult result = importText(String.join("\n",
                "单位名称：某区机关事务服务中心", "2021年度部门决算", "支出决算表",
                "项目\t\t本年支出合计\t基本支出\t项目支出",
                "201\t一般公共服务支出\t10.00\t4.00\t6.00",
                "20103011\t行政运行\t10.00\t4.00\t6.00"));

        assertThat(result.notes()).extracting(ImportNote::reason).containsExactly("科目编码“20103011”位数不对（应为3、5或7位），该行未导入");
        assertThat(result.notes().get(0).at().line()).isEqualTo(6);
    }

    @Test
    void notesATableItCannotRecogniseWithItsFirstRow() throws Exception {
        ImportResult result = importText(String.join("\n",
                "单位名称：某区机关事务服务中心", "2021年度部门决算", "一、收入支出决算总体情况说明", "本年收入合计10.00万元。",
                "资产类别\t数量\t金额", "房屋\t1\t100.00"));

        assertThat(result.notes()).extracting(ImportNote::toString)
                .containsExactly("样例.txt 第5行：表格未能识别（首行：资产类别 数量 金额），未导入");
    }

    @Test
    void notesAnExpenditureClassItDoesNotKnowInASummaryTable() throws Exception {
        ImportResult result = importText(String.join("\n",
                "单位名称：某区机关事务服务中心", "2021年度部门决算", "收入支出决算总表",
                "项目\t行次\t金额\t项目\t行次\t金额",
                "一、一般公共预算财政拨款收入\t1\t10.00\t一、一般公共服务支出\t32\t10.00",
                "\t2\t\t二十七、月球开发支出\t33\t1.00"));

        assertThat(result.notes()).extracting(ImportNote::reason).containsExactly("支出项目“二十七、月球开发支出”未能识别，未导入");
        assertThat(result.report().finalAccounts().tables().get(0).row("201")).isPresent();
    }

    @Test
    void notesACodeThatIsNotInTheYearsCodeListButKeepsTheRow() throws Exception {
        ImportResult result = importText(String.join("\n",
                "单位名称：某区机关事务服务中心", "2021年度部门决算", "支出决算表",
                "项目\t\t本年支出合计\t基本支出\t项目支出",
                "201\t一般公共服务支出\t10.00\t4.00\t6.00",
                "2019998\t不存在的项\t10.00\t4.00\t6.00"));

        assertThat(result.notes()).extracting(ImportNote::toString)
                .containsExactly("样例.txt 支出决算表 第6行：科目编码“2019998”不在2021年支出功能分类中（行已导入，请核对编码）");
        assertThat(result.report().finalAccounts().table(TableKind.EXPENDITURE).orElseThrow().row("2019998")).isPresent();
    }
}
