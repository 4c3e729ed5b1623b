package org.jixiao.rendering;

import java.util.List;

/**
 * Renders the laid-out document as one self-contained, printable HTML page in Chinese (no external files):
 * A4 pages, table headers repeated on every page, rows never split, page numbers in the footer when printed.
 * The same page is the source of the PDF.
 */
final class HtmlRenderer {

    /** The face names tried in order; the PDF renderer registers its embedded face under the first. */
    static final String PDF_FONT_FAMILY = "WenQuanYi Zen Hei";

    private static final String CSS = """
            @page { size: A4; margin: 3.7cm 2.6cm 3.5cm 2.8cm;
              @bottom-center { content: "— " counter(page) " —"; font-family: '%1$s'; font-size: 10.5pt; } }
            body { font-family: '%1$s', 'FangSong', 'STFangsong', 'SimSun', serif; font-size: 16pt; line-height: 1.6; color: #000; }
            h1 { font-family: '%1$s', 'SimSun', serif; font-size: 22pt; text-align: center; font-weight: bold; margin: 1.2em 0 0.6em; }
            h2 { font-family: '%1$s', 'SimHei', sans-serif; font-size: 16pt; text-align: center; margin: 1em 0 0.5em; }
            h3 { font-family: '%1$s', 'SimHei', sans-serif; font-size: 16pt; margin: 0.8em 0 0.3em; }
            h4, h5 { font-family: '%1$s', 'KaiTi', serif; font-size: 16pt; margin: 0.6em 0 0.2em; }
            p { text-indent: 2em; margin: 0 0 0.3em; }
            p.center { text-align: center; text-indent: 0; font-size: 22pt; }
            p.contents { text-indent: 0; margin-left: 2em; }
            p.note { font-size: 10.5pt; text-indent: 0; }
            div.page-break { page-break-after: always; }
            p.table-number { text-indent: 0; font-size: 10.5pt; text-align: right; margin: 0; }
            p.table-title { text-indent: 0; font-size: 16pt; font-weight: bold; text-align: center; margin: 0.2em 0; }
            p.table-unit { text-indent: 0; font-size: 10.5pt; text-align: right; margin: 0 0 0.2em; }
            table { border-collapse: collapse; width: 100%%; font-size: 8pt; line-height: 1.25; -fs-table-paginate: paginate; }
            thead { display: table-header-group; }
            tr { page-break-inside: avoid; }
            th, td { border: 0.5pt solid #000; padding: 2pt 3pt; vertical-align: middle; }
            th { font-weight: bold; text-align: center; background: #f2f2f2; }
            td.amount, td.number { text-align: right; white-space: nowrap; }
            td.code { text-align: left; white-space: nowrap; }
            td.label { text-align: left; }
            td.text { text-align: left; }
            @media screen { body { max-width: 60em; margin: 0 auto; padding: 1em; } div.page-break { border-top: 1px dashed #999; margin: 2em 0; } }
            """;

    String render(List<Block> blocks, String title) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\" />\n<title>").append(esc(title)).append("</title>\n<style>\n")
                .append(String.format(CSS, PDF_FONT_FAMILY)).append("</style>\n</head>\n<body>\n");
        for (Block b : blocks) {
            if (b instanceof Block.Heading hd) {
                int level = Math.min(hd.level() + 1, 5);
                h.append("<h").append(level).append('>').append(esc(hd.text())).append("</h").append(level).append(">\n");
            } else if (b instanceof Block.Text tx) {
                String cls = switch (tx.style()) {
                    case CENTER -> " class=\"center\"";
                    case CONTENTS -> " class=\"contents\"";
                    case NOTE -> " class=\"note\"";
                    case RIGHT -> " class=\"table-unit\"";
                    case BODY -> "";
                };
                h.append("<p").append(cls).append('>').append(esc(tx.text())).append("</p>\n");
            } else if (b instanceof Block.PageBreak) {
                h.append("<div class=\"page-break\"></div>\n");
            } else if (b instanceof Block.Table tb) {
                table(h, tb);
            }
        }
        return h.append("</body>\n</html>\n").toString();
    }

    private static void table(StringBuilder h, Block.Table t) {
        h.append("<div class=\"table-block\">\n");
        h.append("<p class=\"table-title\">").append(esc(t.title())).append("</p>\n");
        if (t.number() != null) h.append("<p class=\"table-number\">").append(esc(t.number())).append("</p>\n");
        if (t.unitLabel() != null) h.append("<p class=\"table-unit\">").append(esc(t.unitLabel())).append("</p>\n");
        h.append("<table>\n");
        if (!t.header().isEmpty()) {
            h.append("<thead>\n");
            for (List<Cell> row : t.header()) row(h, row, "th");
            h.append("</thead>\n");
        }
        h.append("<tbody>\n");
        for (List<Cell> row : t.body()) row(h, row, "td");
        h.append("</tbody>\n</table>\n");
        for (String n : t.notes()) h.append("<p class=\"note\">").append(esc(n)).append("</p>\n");
        if (t.emptyStatement() != null) h.append("<p class=\"note\">").append(esc(t.emptyStatement())).append("</p>\n");
        h.append("</div>\n");
    }

    private static void row(StringBuilder h, List<Cell> row, String tag) {
        h.append("<tr>");
        for (Cell c : row) {
            String t = c.kind() == Cell.Kind.HEADER ? "th" : tag;
            h.append('<').append(t);
            if (c.colSpan() > 1) h.append(" colspan=\"").append(c.colSpan()).append('"');
            if (c.rowSpan() > 1) h.append(" rowspan=\"").append(c.rowSpan()).append('"');
            if (!t.equals("th")) h.append(" class=\"").append(c.kind().name().toLowerCase(java.util.Locale.ROOT)).append('"');
            h.append('>').append(esc(c.text())).append("</").append(t).append('>');
        }
        h.append("</tr>\n");
    }

    static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
