package org.jixiao.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The shape of a units CSV: encodings, header, quoting, and the line numbers named in refusals. */
class UnitCsvTests {

    @Test
    void readsUtf8WithAndWithoutBomAndGb18030() {
        byte[] utf8 = "u1,教育局,d1\n".getBytes(StandardCharsets.UTF_8);
        byte[] bom = ("\uFEFF" + "u1,教育局,d1\n").getBytes(StandardCharsets.UTF_8);
        byte[] gb = "u1,教育局,d1\n".getBytes(UnitCsv.GB18030);
        for (byte[] bytes : new byte[][] {utf8, bom, gb}) {
            var parsed = UnitCsv.parse(bytes);
            assertThat(parsed.problems()).isEmpty();
            assertThat(parsed.lines()).containsExactly(new UnitCsv.Line(1, "u1", "教育局", "d1", ""));
        }
        assertThat(UnitCsv.parse(gb).charset()).isEqualTo("GB18030");
        assertThat(UnitCsv.parse(bom).charset()).isEqualTo("UTF-8");
    }

    @Test
    void skipsTheHeaderAndBlankLinesAndKeepsLineNumbers() {
        var parsed = UnitCsv.parse("单位编码,单位名称,区编码,区名称\r\n\r\nu1,\"甲,乙\"\"局\"\"\",d1,新区\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.lines()).containsExactly(new UnitCsv.Line(3, "u1", "甲,乙\"局\"", "d1", "新区"));
    }

    @Test
    void namesTheLineOfAWrongShape() {
        var parsed = UnitCsv.parse("u1,教育局,d1\nu2,只有两列\nu3,\"没闭合,d1\nu4,a,b,c,d\n".getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.problems()).hasSize(3);
        assertThat(parsed.problems().get(0)).startsWith("第2行：应有3或4列");
        assertThat(parsed.problems().get(1)).startsWith("第3行：引号没有闭合");
        assertThat(parsed.problems().get(2)).startsWith("第4行：应有3或4列").contains("实有5列");
        assertThat(UnitCsv.parse(new byte[] {'\n'}).problems()).containsExactly("文件中没有单位：请每行写一个单位（单位编码,单位名称,区编码[,区名称]）。");
    }
}
