package org.jixiao.importing.mapping;

import java.util.EnumSet;
import java.util.Set;
import org.jixiao.codes.CodeList;
import org.jixiao.codes.CodeLists;
import org.jixiao.report.domain.StatementTable;
import org.jixiao.report.domain.TableKind;
import org.jixiao.report.domain.TableRow;

/**
 * Notes the rows whose classification code is not in the year's code list (codes/YYYY in jixiao-core). The row
 * is kept: whether the code is wrong or the list is incomplete is for the checker and the reader to decide.
 */
final class CodeCheck {

    private static final CodeLists LISTS = CodeLists.bundled();
    private static final Set<TableKind> ECONOMIC = EnumSet.of(TableKind.BASIC_EXPENDITURE_DETAIL);
    private static final Set<TableKind> NO_CODES = EnumSet.of(TableKind.THREE_PUBLIC_COSTS);

    private final Sink sink;
    private final int year;

    CodeCheck(Sink sink, int year) {
        this.sink = sink;
        this.year = year;
    }

    void check(StatementTable table) {
        if (NO_CODES.contains(table.kind())) return;
        boolean economic = ECONOMIC.contains(table.kind());
        CodeList list = economic ? LISTS.forYear(year).economic() : LISTS.forYear(year).functional();
        for (TableRow row : table.rows()) {
            if (row.isCode() && !list.contains(row.key())) {
                sink.notes.add(org.jixiao.importing.ImportNote.at(row.at(), "科目编码“" + row.key() + "”不在" + LISTS.yearUsedFor(year) + "年"
                        + (economic ? "部门预算支出经济分类" : "支出功能分类") + "中（行已导入，请核对编码）"));
            }
        }
    }
}
