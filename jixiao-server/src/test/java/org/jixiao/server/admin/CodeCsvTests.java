package org.jixiao.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jixiao.codes.CodeLists;
import org.jixiao.codes.Scheme;
import org.junit.jupiter.api.Test;

/** The shape of a code-list CSV: encodings, comments and source, header, the optional level and parent, line numbers. */
class CodeCsvTests {

    @Test
    void readsCodesWithCommentsSourceAndHeaderInUtf8AndGb18030() {
        String text = "# 2026年支出功能分类\n# source: 财政部《2026年政府收支分类科目》\ncode,name\n201,一般公共服务支出\n\n20101,人大事务\r\n2010101,\"行政运行\"\n";
        for (byte[] bytes : new byte[][] {text.getBytes(StandardCharsets.UTF_8), ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8),
                text.getBytes(UnitCsv.GB18030)}) {
            var parsed = CodeCsv.parse(bytes, Scheme.FUNCTIONAL);
            assertThat(parsed.problems()).isEmpty();
            assertThat(parsed.source()).isEqualTo("财政部《2026年政府收支分类科目》");
            assertThat(parsed.lines()).containsExactly(new CodeCsv.Line(4, "201", "一般公共服务支出"), new CodeCsv.Line(6, "20101", "人大事务"),
                    new CodeCsv.Line(7, "2010101", "行政运行"));
        }
        assertThat(CodeCsv.parse(text.getBytes(UnitCsv.GB18030), Scheme.FUNCTIONAL).charset()).isEqualTo("GB18030");
        var chinese = CodeCsv.parse("# 来源：本区财政局\n编码,名称,级次,上级编码\n301,工资福利支出,1,\n30101,基本工资,2,301\n".getBytes(StandardCharsets.UTF_8),
                Scheme.ECONOMIC);
        assertThat(chinese.problems()).isEmpty();
        assertThat(chinese.source()).isEqualTo("本区财政局");
        assertThat(chinese.lines()).extracting(CodeCsv.Line::code).containsExactly("301", "30101");
    }

    @Test
    void theBundledFilesReadAsTheyAre() throws IOException {
        for (int year : CodeLists.bundled().years()) {
            for (Scheme scheme : Scheme.values()) {
                try (InputStream in = CodeLists.class.getClassLoader().getResourceAsStream("codes/" + year + "/" + scheme.fileName())) {
                    var parsed = CodeCsv.parse(in.readAllBytes(), scheme);
                    assertThat(parsed.problems()).as(year + " " + scheme).isEmpty();
                    assertThat(parsed.lines()).extracting(CodeCsv.Line::code).as(year + " " + scheme)
                            .containsExactlyElementsOf(CodeLists.bundled().forYear(year).scheme(scheme).entries().stream().map(e -> e.code()).toList());
                    assertThat(parsed.source()).isEqualTo(CodeLists.bundled().forYear(year).scheme(scheme).source());
                }
            }
        }
    }

    @Test
    void namesEachBadLineWithTheFix() {
        String csv = "201,一般公共服务支出\n"
                + "2010,四位\n"                    // 2
                + "20101\n"                        // 3: one column
                + "20101,人大事务,3,201\n"          // 4: level 3 for a 款
                + "2010101,行政运行,3,20102\n"      // 5: wrong parent
                + "20101,人大事务\n"                // 6: duplicate of line 4 (which was refused: still the first)
                + "2010102,\"没闭合\n"              // 7
                + "2010103,\u0007控制\n"            // 8
                + "2010104," + "长".repeat(301) + "\n"; // 9
        var parsed = CodeCsv.parse(csv.getBytes(StandardCharsets.UTF_8), Scheme.FUNCTIONAL);
        assertThat(parsed.problems()).hasSize(8);
        assertThat(parsed.problems().get(0)).startsWith("第2行：编码“2010”无效").contains("3位（类）、5位（款）或7位（项）");
        assertThat(parsed.problems().get(1)).startsWith("第3行：应有2或4列").contains("实有1列");
        assertThat(parsed.problems().get(2)).startsWith("第4行：级次“3”与编码20101不符").contains("款级");
        assertThat(parsed.problems().get(3)).startsWith("第5行：上级编码“20102”与编码2010101不符").contains("上级应为 20101");
        assertThat(parsed.problems().get(4)).startsWith("第6行：编码 20101 与第4行重复");
        assertThat(parsed.problems().get(5)).startsWith("第7行：引号没有闭合");
        assertThat(parsed.problems().get(6)).startsWith("第8行：名称含有控制字符");
        assertThat(parsed.problems().get(7)).startsWith("第9行：名称超过300字");
        assertThat(parsed.lines()).extracting(CodeCsv.Line::code).as("only the good lines").containsExactly("201");

        assertThat(CodeCsv.parse("2010101,行政运行\n".getBytes(StandardCharsets.UTF_8), Scheme.ECONOMIC).problems())
                .containsExactly("第1行：编码“2010101”无效：部门预算支出经济分类的编码应为3位（类）或5位（款）数字，请改正。");
        assertThat(CodeCsv.parse("# 只有注释\n\n".getBytes(StandardCharsets.UTF_8), Scheme.FUNCTIONAL).problems())
                .containsExactly("文件中没有编码：请每行写一个编码（编码,名称），例如 2010101,行政运行。");
    }

    @Test
    void levelAndParentFollowFromTheCode() {
        assertThat(CodeCsv.level("201")).isEqualTo(1);
        assertThat(CodeCsv.level("20101")).isEqualTo(2);
        assertThat(CodeCsv.level("2010101")).isEqualTo(3);
        assertThat(CodeCsv.parent("201")).isNull();
        assertThat(CodeCsv.parent("20101")).isEqualTo("201");
        assertThat(CodeCsv.parent("2010101")).isEqualTo("20101");
    }
}
