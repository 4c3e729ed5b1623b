package org.jixiao.importing.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The table shapes of a text export, line by line (seed-sized cases are in TextShapeImportTests). */
class TabbedTextTests {

    @Test
    void cellPerLineRowMayStartWithEmptyCellsAtATotal() {
        var read = read("项目", "\t\t本年支出合计", "\t基本支出", "栏次", "\t\t1", "\t2", "\t合计", "\t3.00", "\t1.00", "201", "\t一般公共服务支出", "\t3.00", "\t1.00");

        assertThat(rows(read)).containsExactly("项目||本年支出合计|基本支出", "栏次||1|2", "|合计|3.00|1.00", "201|一般公共服务支出|3.00|1.00");
    }

    @Test
    void cellPerLineRowEndsWhereTheNextRowsLabelStandsUnderALabel() {
        var read = read("资金情况", "\t年度资金总额", "\t年初预算数", "\t全年预算数", "\t合计", "\t917.49", "\t1474.07",
                "\t其中：当年财政拨款", "\t917.49", "\t1406.53", "\t其他资金", "\t\t67.54");

        assertThat(rows(read)).containsExactly("资金情况|年度资金总额|年初预算数|全年预算数", "|合计|917.49|1474.07",
                "|其中：当年财政拨款|917.49|1406.53", "|其他资金||67.54");
    }

    @Test
    void rowBrokenInsideANameIsJoinedWithTheLineThatCarriesTheRest() {
        var read = read("项目\t\t合计\t基本支出", "2010399\t其他政府办公厅（室）", "及相关", "机构事务支出\t282.16\t", "20199\t其他\t4.52\t");

        assertThat(rows(read)).containsExactly("项目||合计|基本支出", "2010399|其他政府办公厅（室）及相关机构事务支出|282.16", "20199|其他|4.52");
        assertThat(read.notes()).isEmpty();
    }

    @Test
    void rowBrokenOffWithoutItsRestHasItsOtherCellsUnknownNotBlank() {
        var read = read("项目\t\t合计\t基本支出", "2010399\t其他政府办公厅（室）", "20199\t其他\t4.52\t");

        assertThat(rows(read)).containsExactly("项目||合计|基本支出", "2010399|其他政府办公厅（室）", "20199|其他|4.52");
        TableLine broken = ((TableBlock) read.blocks().get(0)).rows().get(1);
        assertThat(broken.isUnknown(2)).isTrue();
        assertThat(read.notes()).singleElement().extracting(ReaderNote::reason).asString().startsWith("第2行在“其他政府办公厅（室）”处断开");
    }

    @Test
    void amountsOfACodedRowOnTheNextLineAreItsNextCells() {
        var read = read("项目\t\t合计\t基本支出", "2010399\t其他政府办公厅（室）", "\t282.16\t", "20199\t其他", "4.52\t4.52");

        assertThat(rows(read)).containsExactly("项目||合计|基本支出", "2010399|其他政府办公厅（室）|282.16", "20199|其他|4.52|4.52");
        assertThat(read.notes()).isEmpty();
    }

    @Test
    void lineAfterARowContinuesItsNameCell() {
        var read = read("项目\t\t合计\t基本支出", "2010399\t其他政府办公厅（室）及相关\t282.16\t", "机构事务支出", "20199\t其他\t4.52\t");

        assertThat(rows(read)).containsExactly("项目||合计|基本支出", "2010399|其他政府办公厅（室）及相关机构事务支出|282.16", "20199|其他|4.52");
    }

    @Test
    void fragmentOfARowWithSeveralTextCellsIsLeftOutWithANote() {
        var read = read("一级\t二级\t三级\t分值\t偏差", "产出指标\t数量指标\t会议\t5\t有待提高", "场次", "效益指标\t社会效益\t满意\t5\t");

        assertThat(rows(read)).containsExactly("一级|二级|三级|分值|偏差", "产出指标|数量指标|会议|5|有待提高", "效益指标|社会效益|满意|5");
        assertThat(read.notes()).singleElement().extracting(ReaderNote::reason).asString().startsWith("第3行“场次”");
    }

    @Test
    void textAfterABlankLineOrWithSentencePunctuationIsAParagraph() {
        var read = read("201\t一般公共服务支出\t3.00\t", "", "机构事务支出", "201\t一般公共服务支出\t3.00\t", "注：本表反映部门收入。", "202\t外交\t1.00");

        assertThat(read.blocks()).extracting(b -> b.getClass().getSimpleName())
                .containsExactly("TableBlock", "TextBlock", "TableBlock", "TextBlock", "TableBlock");
    }

    @Test
    void pdfLinesAreNotJoinedAgain() {
        List<TabbedText.Line> lines = lines("项目\t\t合计\t基本支出", "2010399\t其他政府办公厅（室）", "机构事务支出\t282.16");

        assertThat(rows(TabbedText.read(lines, false))).containsExactly("项目||合计|基本支出", "2010399|其他政府办公厅（室）", "机构事务支出|282.16");
    }

    private static TabbedText.Result read(String... text) {
        return TabbedText.read(lines(text));
    }

    private static List<TabbedText.Line> lines(String... text) {
        List<TabbedText.Line> lines = new ArrayList<>();
        for (int i = 0; i < text.length; i++) lines.add(new TabbedText.Line(text[i], Place.line(i + 1)));
        return lines;
    }

    private static List<String> rows(TabbedText.Result read) {
        List<String> rows = new ArrayList<>();
        for (Block b : read.blocks()) {
            if (b instanceof TableBlock t) t.rows().forEach(r -> rows.add(String.join("|", r.cells().stream().map(CellText::text).toList())));
        }
        return rows;
    }
}
