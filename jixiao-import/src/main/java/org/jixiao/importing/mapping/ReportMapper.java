package org.jixiao.importing.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.importing.ImportNote;
import org.jixiao.importing.document.Block;
import org.jixiao.importing.document.ReaderNote;
import org.jixiao.importing.document.SourceDocumentText;
import org.jixiao.importing.document.TableBlock;
import org.jixiao.importing.document.TableLine;
import org.jixiao.importing.document.TextBlock;
import org.jixiao.report.domain.DocumentKind;
import org.jixiao.report.domain.FinalAccounts;
import org.jixiao.report.domain.PerformanceSheet;
import org.jixiao.report.domain.Report;
import org.jixiao.report.domain.ReportHeader;
import org.jixiao.report.domain.SelfEvaluation;
import org.jixiao.report.domain.SheetKind;
import org.jixiao.report.domain.SourceDocument;
import org.jixiao.report.domain.StatementTable;

/**
 * Maps a {@link SourceDocumentText} onto a {@link Report} (映射): walks the blocks in order, tracking the document
 * part (单位概况, 决算表, 情况说明, 名词解释, 绩效评价/自评报告) from part headings; a table title opens a table
 * context that collects the number (公开NN表), unit, notes (注：) and empty-table statement around the table.
 */
public final class ReportMapper {

    /** A mapped report with the notes on what could not be placed. */
    public record Mapped(Report report, List<ImportNote> notes) {}

    private static final Pattern PART_MARK = Pattern.compile("^第[一二三四五六七八九十]+部分\\s*(.*)$");
    private static final Pattern BASE_DATA_TITLE = Pattern.compile("^(\\d{4}年度?)?.{0,30}基础数据表$");
    private static final Pattern SHEET_TITLE = Pattern.compile("^(\\d{4}年度?)?(部门)?(整体支出|项目支出)绩效自评表$");
    private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年");
    private static final Pattern UNIT_LINE = Pattern.compile("^(?:单位名称|部门名称|部门|单位)(?:[（(]盖章[)）])?\\s*[:：]\\s*(\\S.*?)\\s*$");

    private final Sink sink;
    private final Narrative narrative;
    private final List<TableContext> tables = new ArrayList<>();
    private final List<TableContext> sheets = new ArrayList<>();
    private final List<TableContext> baseData = new ArrayList<>();
    private TableContext current;
    private boolean inToc;
    private String firstTocPart;
    private String part;
    private boolean expectPartTitle;
    private boolean inNotes;
    private final List<TextBlock> texts = new ArrayList<>();
    private boolean mentionsEvaluation;

    private ReportMapper(String file) {
        this.sink = new Sink(file);
        this.narrative = new Narrative(sink);
    }

    public static Mapped map(SourceDocumentText doc, String format, String sha256) {
        return new ReportMapper(doc.fileName()).run(doc, format, sha256);
    }

    private Mapped run(SourceDocumentText doc, String format, String sha256) {
        // Text before any part heading is the cover in a document with parts, else the report itself.
        mentionsEvaluation = doc.blocks().stream().anyMatch(b -> b instanceof TextBlock t && t.text().contains("绩效"))
                && doc.blocks().stream().noneMatch(b -> b instanceof TextBlock t && PART_MARK.matcher(Labels.normalise(t.text())).matches());
        for (ReaderNote note : doc.notes()) sink.note(note.place(), null, note.reason());
        for (Block block : doc.blocks()) {
            if (block instanceof TextBlock t) text(t);
            else if (block instanceof TableBlock tb) table(tb);
        }
        int year = fiscalYear();
        StatementTableMapper tableMapper = new StatementTableMapper(sink);
        List<StatementTable> statementTables = new ArrayList<>();
        for (TableContext ctx : tables) {
            if (ctx.block == null && ctx.emptyStatement == null) sink.note(ctx.place, ctx.label(), "标题后没有找到表格，表格未导入");
            StatementTable table = tableMapper.map(ctx);
            new CodeCheck(sink, year).check(table);
            statementTables.add(table);
        }
        SheetMapper sheetMapper = new SheetMapper(sink);
        List<PerformanceSheet> performanceSheets = new ArrayList<>();
        for (TableContext ctx : sheets) {
            if (ctx.block == null) sink.note(ctx.place, ctx.title, "标题后没有找到自评表，未导入");
            else performanceSheets.add(sheetMapper.map(ctx));
        }
        org.jixiao.report.domain.BaseDataSheet baseDataSheet = null;
        for (TableContext ctx : baseData) {
            if (ctx.block == null) sink.note(ctx.place, ctx.title, "标题后没有找到基础数据表，未导入");
            else if (baseDataSheet == null) baseDataSheet = new BaseDataMapper(sink).map(ctx);
            else sink.note(ctx.place, ctx.title, "第二张基础数据表，未导入");
        }
        var sections = narrative.sections();
        List<DocumentKind> kinds = new ArrayList<>();
        boolean finalAccounts = !statementTables.isEmpty() || sections.stream().anyMatch(s -> s.part().equals("final-accounts"));
        boolean evaluation = !performanceSheets.isEmpty() || baseDataSheet != null || sections.stream().anyMatch(s -> s.part().equals("evaluation"));
        if (finalAccounts) kinds.add(DocumentKind.FINAL_ACCOUNTS);
        if (evaluation) kinds.add(DocumentKind.SELF_EVALUATION);
        String unitName = unitName(performanceSheets);
        ReportHeader header = new ReportHeader(unitName, null, year, null, kinds);
        Report report = new Report(Report.FORMAT_VERSION, header, new SourceDocument(doc.fileName(), format, sha256),
                UnitProfileReader.read(texts, sections, unitName, sink),
                statementTables.isEmpty() ? null : new FinalAccounts(statementTables, null),
                performanceSheets.isEmpty() && baseDataSheet == null ? null : new SelfEvaluation(performanceSheets, baseDataSheet), sections);
        return new Mapped(report, sink.notes);
    }

    private void text(TextBlock t) {
        String text = t.text();
        String n = Labels.normalise(text);
        texts.add(t);
        if (inToc) {
            Matcher m = PART_MARK.matcher(n);
            if (m.matches()) {
                String mark = n.substring(0, n.indexOf("部分") + 2);
                if (firstTocPart == null) firstTocPart = mark;
                else if (mark.equals(firstTocPart)) {
                    inToc = false;
                    partMark(m.group(1), t);
                }
                return;
            }
            if (text.startsWith("- ") || n.length() < 40) return;
            inToc = false;
        }
        if (n.equals("目录")) {
            inToc = true;
            return;
        }
        Matcher mark = PART_MARK.matcher(n);
        if (mark.matches()) {
            partMark(mark.group(1), t);
            return;
        }
        if (expectPartTitle) {
            expectPartTitle = false;
            Optional<String> p = partOf(n);
            if (p.isPresent()) {
                switchPart(p.get(), text, t);
                return;
            }
        }
        Optional<org.jixiao.report.domain.TableKind> kind = TableCatalogue.kindOfTitle(text);
        if (kind.isPresent()) {
            current = new TableContext(kind.get(), null, text, t.place());
            tables.add(current);
            inNotes = false;
            return;
        }
        if (BASE_DATA_TITLE.matcher(Labels.compact(text)).matches()) {
            current = new TableContext(null, null, text, t.place());
            baseData.add(current);
            inNotes = false;
            return;
        }
        Matcher sheet = SHEET_TITLE.matcher(Labels.compact(text));
        if (sheet.matches()) {
            current = new TableContext(null, sheet.group(3).equals("整体支出") ? SheetKind.WHOLE : SheetKind.PROJECT, text, t.place());
            sheets.add(current);
            inNotes = false;
            return;
        }
        if (current != null && absorbedByTable(text, n)) return;
        if (n.matches("^附件\\d*$")) return;
        if (!"tables".equals(part)) {
            Optional<String> p = n.length() <= 40 && !n.contains("。") && Labels.normalise(text).equals(Labels.compact(text)) ? partOf(n) : Optional.empty();
            if (p.isPresent() && !p.get().equals(narrative.part())) {
                switchPart(p.get(), text, t);
                return;
            }
            if (narrative.part() == null) switchPart(defaultPart(), null, null);
            narrative.add(t);
        }
    }

    /** Lines around a table that belong to it: number, unit, 部门, notes, empty-table statement, 备注. */
    private boolean absorbedByTable(String text, String n) {
        Optional<String> number = TableCatalogue.number(text.strip());
        if (number.isPresent() && n.length() <= 12) {
            TableContext target = current.number == null && current.kind != null ? current : null;
            if (target != null) target.number = number.get();
            return true;
        }
        if (n.startsWith("金额单位") || n.startsWith("单位:")) {
            if (current.unitLabel == null) current.unitLabel = n.substring(n.indexOf(':') + 1);
            return true;
        }
        if (n.startsWith("部门:") && n.length() < 40) return true;
        if (n.startsWith("注:") || n.startsWith("备注")) {
            if (current.kind != null) current.notes.add(text.startsWith("- ") ? text.substring(2) : text);
            inNotes = true;
            return true;
        }
        if (inNotes && n.length() < 120 && org.jixiao.importing.document.Numbering.split(text).isPresent()) {
            if (current.kind != null) current.notes.add(text.strip());
            return true;
        }
        inNotes = false;
        if (current.kind != null && (n.contains("本表无数据") || n.contains("为空表") || n.contains("本表为空"))) {
            current.emptyStatement = text;
            return true;
        }
        return false;
    }

    private void partMark(String rest, TextBlock t) {
        current = null;
        if (rest.isEmpty()) {
            expectPartTitle = true;
            return;
        }
        switchPart(partOf(rest).orElse("other"), t.text(), t);
    }

    private void switchPart(String newPart, String title, TextBlock at) {
        part = newPart;
        current = null;
        if (!newPart.equals("tables")) narrative.startPart(newPart, title == null ? null : title.strip(), at);
        else narrative.close();
    }

    private String defaultPart() {
        return mentionsEvaluation ? "evaluation" : "other";
    }

    static Optional<String> partOf(String n) {
        if (n.contains("决算表")) return Optional.of("tables");
        if (n.contains("名词解释")) return Optional.of("glossary");
        if (n.contains("决算情况说明") || n.endsWith("情况说明") && n.contains("决算")) return Optional.of("final-accounts");
        if (n.matches(".*(绩效评价报告|绩效自评报告|自评报告|绩效报告)$")) return Optional.of("evaluation");
        if (n.endsWith("概况") && n.length() <= 30) return Optional.of("profile");
        if (n.matches("^附件$")) return Optional.of("other");
        return Optional.empty();
    }

    private String unitName(List<PerformanceSheet> performanceSheets) {
        for (TextBlock t : texts.subList(0, Math.min(texts.size(), 40))) {
            Matcher m = UNIT_LINE.matcher(t.text().strip());
            if (m.matches()) return m.group(1);
        }
        for (PerformanceSheet s : performanceSheets) if (s.unitName() != null) return s.unitName();
        for (TextBlock t : texts.subList(0, Math.min(texts.size(), 10))) {
            String n = Labels.normalise(t.text());
            String stripped = n.replaceAll("^\\d{4}年度?", "").replaceAll("(部门整体支出绩效(自评)?报告|部门决算|单位概况|概况)$", "");
            if (!stripped.isEmpty() && stripped.length() <= 30 && stripped.matches(".*(中心|局|委员会|办公室|委|办|院|所|站|馆|队|部|会|处|厅|政府)$")) return stripped;
        }
        sink.notes.add(new ImportNote("", "未能从文件中读出单位名称，暂记为“未知单位”", null));
        return "未知单位";
    }

    private int fiscalYear() {
        for (TextBlock t : texts.subList(0, Math.min(texts.size(), 60))) {
            Matcher m = YEAR.matcher(t.text());
            if (m.find()) return Integer.parseInt(m.group(1));
        }
        // A workbook has no running text: the year is in a title or a 项目总实施期 cell.
        for (TableContext ctx : concat(sheets, tables)) {
            Matcher m = YEAR.matcher(ctx.title == null ? "" : ctx.title);
            if (m.find()) return Integer.parseInt(m.group(1));
            if (ctx.block == null) continue;
            for (TableLine l : ctx.block.rows()) {
                for (int i = 0; i < l.size(); i++) {
                    Matcher c = Pattern.compile("(20\\d{2})\\s*年度").matcher(l.text(i));
                    if (c.find()) return Integer.parseInt(c.group(1));
                }
            }
        }
        sink.notes.add(new ImportNote("", "未能从文件中读出年度，暂记为 2000 年", null));
        return 2000;
    }

    private static List<TableContext> concat(List<TableContext> a, List<TableContext> b) {
        List<TableContext> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private void table(TableBlock tb) {
        inNotes = false;
        if (current != null && current.block == null) {
            current.block = tb;
            return;
        }
        if (tb.caption() != null) {
            Optional<org.jixiao.report.domain.TableKind> kind = TableCatalogue.kindOfTitle(tb.caption());
            if (kind.isPresent()) {
                TableContext ctx = new TableContext(kind.get(), null, tb.caption(), tb.place());
                TableCatalogue.number(tb.caption()).ifPresent(num -> ctx.number = num);
                ctx.block = tb;
                tables.add(ctx);
                current = ctx;
                return;
            }
        }
        // A table without a title line: recognise it by its own first rows (XLSX/DOCX put the title in the table).
        for (int r = 0; r < Math.min(3, tb.rows().size()); r++) {
            TableLine line = tb.rows().get(r);
            for (int i = 0; i < line.size(); i++) {
                String cell = line.text(i);
                if (cell.isEmpty()) continue;
                Optional<org.jixiao.report.domain.TableKind> kind = TableCatalogue.kindOfTitle(cell);
                Matcher sheet = SHEET_TITLE.matcher(Labels.normalise(cell));
                if (BASE_DATA_TITLE.matcher(Labels.compact(cell)).matches()) {
                    TableContext ctx = new TableContext(null, null, cell, line.place());
                    ctx.block = new TableBlock(tb.caption(), tb.rows().subList(r + 1, tb.rows().size()), tb.place());
                    baseData.add(ctx);
                    current = ctx;
                    return;
                }
                if (kind.isPresent() || sheet.matches()) {
                    TableContext ctx = kind.isPresent() ? new TableContext(kind.get(), null, cell, line.place())
                            : new TableContext(null, sheet.group(3).equals("整体支出") ? SheetKind.WHOLE : SheetKind.PROJECT, cell, line.place());
                    List<TableLine> rest = new ArrayList<>();
                    for (int k = r + 1; k < tb.rows().size(); k++) {
                        TableLine l = tb.rows().get(k);
                        String n = Labels.normalise(String.join("", l.cells().stream().map(c -> c.text()).toList()));
                        long filled = l.cells().stream().filter(c -> !c.text().isEmpty()).count();
                        if (filled > 2) {
                            rest.add(l);
                            continue;
                        }
                        if (filled == 1 && !rest.isEmpty() && ctx.kind != null) {
                            String only = l.cells().stream().map(c -> c.text()).filter(t -> !t.isEmpty()).findFirst().orElse("");
                            if (n.contains("本表无数据") || n.contains("为空表") || n.contains("本表为空")) {
                                ctx.emptyStatement = only;
                                continue;
                            }
                            if (n.startsWith("注:")) {
                                ctx.notes.add(only);
                                continue;
                            }
                        }
                        Optional<String> number = TableCatalogue.number(n);
                        if (rest.isEmpty() && number.isPresent() && n.length() <= 30 && !n.contains("收入") ) {
                            ctx.number = number.get();
                            if (n.contains("单位:")) ctx.unitLabel = n.substring(n.lastIndexOf(':') + 1);
                            continue;
                        }
                        if (rest.isEmpty() && (n.startsWith("金额单位") || n.startsWith("部门:") || n.startsWith("单位:"))) {
                            if (n.contains("单位:")) ctx.unitLabel = n.substring(n.lastIndexOf(':') + 1);
                            continue;
                        }
                        rest.add(l);
                    }
                    if (tb.caption() != null && ctx.number == null) TableCatalogue.number(tb.caption()).ifPresent(num -> ctx.number = num);
                    ctx.block = new TableBlock(tb.caption(), rest, tb.place());
                    (kind.isPresent() ? tables : sheets).add(ctx);
                    current = ctx;
                    return;
                }
            }
        }
        if (looksLikeSheet(tb)) {
            boolean project = tb.rows().stream().anyMatch(l -> l.cells().stream().anyMatch(c -> c.text().contains("项目支出名称") || c.text().contains("专项名称")));
            TableContext ctx = new TableContext(null, project ? SheetKind.PROJECT : SheetKind.WHOLE, project ? "项目支出绩效自评表" : "整体支出绩效自评表", tb.place());
            ctx.block = tb;
            sheets.add(ctx);
            current = ctx;
            return;
        }
        String head = tb.rows().isEmpty() ? "" : String.join(" ", tb.rows().get(0).cells().stream().map(c -> c.text()).filter(s -> !s.isEmpty()).limit(4).toList());
        sink.note(tb.place(), tb.caption(), "表格未能识别（首行：" + head + "），未导入");
    }

    private static boolean looksLikeSheet(TableBlock tb) {
        boolean indicators = false, level1 = false;
        for (TableLine l : tb.rows()) {
            for (int i = 0; i < l.size(); i++) {
                String n = Labels.normalise(l.text(i));
                if (n.equals("一级指标")) level1 = true;
                if (n.equals("绩效指标") || n.equals("三级指标")) indicators = true;
            }
        }
        return indicators && level1;
    }
}
