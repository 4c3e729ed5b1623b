package org.jixiao.rules;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.shared.Provenance;

/**
 * Where a finding points: the document part ({@code 部门决算}, {@code 绩效自评}, {@code 情况说明} …), the
 * table and its row and column, or the section and sentence, plus the source document's line, page or cell.
 */
public record Location(String part, String table, String row, String column, String section, String sentence, Provenance source) {

    public static Location table(String table, String row, String column, Provenance source) {
        return new Location("部门决算", table, row, column, null, null, source);
    }

    public static Location narrative(String section, String sentence, Provenance source) {
        return new Location("情况说明", null, null, null, section, sentence, source);
    }

    /** One line of Chinese, e.g. {@code 公开03表 合计行 项目支出列（第152行）}. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (table != null) parts.add(table);
        if (row != null) parts.add(row);
        if (column != null) parts.add(column);
        if (table == null && section != null) parts.add(section);
        if (sentence != null) parts.add("“" + abbreviate(sentence) + "”");
        if (parts.isEmpty() && part != null) parts.add(part);
        String where = String.join(" ", parts);
        if (source != null) {
            String src = sourceText(source);
            if (!src.isEmpty()) where = where + "（" + src + "）";
        }
        return where;
    }

    private static String sourceText(Provenance p) {
        List<String> parts = new ArrayList<>();
        if (p.page() != null) parts.add("第" + p.page() + "页");
        if (p.paragraph() != null) parts.add("第" + p.paragraph() + "段");
        if (p.line() != null) parts.add("第" + p.line() + "行");
        return String.join("，", parts);
    }

    private static String abbreviate(String sentence) {
        return sentence.length() <= 40 ? sentence : sentence.substring(0, 39) + "…";
    }
}
