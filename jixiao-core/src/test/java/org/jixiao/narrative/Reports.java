package org.jixiao.narrative;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jixiao.report.domain.FinalAccounts;
import org.jixiao.report.domain.Paragraph;
import org.jixiao.report.domain.Report;
import org.jixiao.report.domain.ReportHeader;
import org.jixiao.report.domain.Section;
import org.jixiao.report.domain.StatementTable;
import org.jixiao.report.domain.TableKind;
import org.jixiao.report.domain.TableRow;
import org.jixiao.shared.Figure;
import org.jixiao.shared.Provenance;

/** Small reports for the narrative tests, and reports made of the seed texts (one paragraph per non-empty line). */
final class Reports {

    private static final Pattern HEADING = Pattern.compile("^\\s*([一二三四五六七八九十]+、|[(（][一二三四五六七八九十\\d]+[)）]|\\d+[、.．]|第[一二三四五六七八九十]+部分)");

    private Reports() {
    }

    /** A report whose narrative is one section with these paragraphs, on lines 1, 2, 3 …. */
    static Report of(String... paragraphs) {
        List<Paragraph> ps = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) ps.add(new Paragraph(paragraphs[i], Provenance.line(i + 1)));
        return report(List.of(new Section("final-accounts", null, null, 1, ps, null)), null);
    }

    /** The same, with tables. */
    static Report withTables(List<StatementTable> tables, String... paragraphs) {
        Report r = of(paragraphs);
        return report(r.narrative(), new FinalAccounts(tables, null));
    }

    static StatementTable table(TableKind kind, String row, String column, String value) {
        Map<String, Figure> cells = new LinkedHashMap<>();
        cells.put(column, Figure.of(value));
        return new StatementTable(kind, "公开表", null, "万元", List.of(new TableRow(row, row, cells, Provenance.line(100))), null, null, null);
    }

    /**
     * A seed text as a report: lines {@code from}..{@code to} (1-based, inclusive), one paragraph per non-empty
     * line with its line number; a short line that starts with a heading number opens a section.
     */
    static Report seed(String file, int from, int to) {
        return seed(file, from, to, file.startsWith("000") ? 2024 : 2021);
    }

    static Report seed(String file, int from, int to, int fiscalYear) {
        Path dir = Path.of(System.getProperty("jixiao.seeds", "/work/shared/seeds"));
        List<String> lines;
        try {
            lines = Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Section> sections = new ArrayList<>();
        String heading = null;
        Provenance headingAt = null;
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = Math.max(1, from); i <= Math.min(to, lines.size()); i++) {
            String line = lines.get(i - 1);
            if (line.isBlank()) continue;
            boolean isHeading = line.strip().length() <= 30 && HEADING.matcher(line).find() && !line.contains("。");
            if (isHeading) {
                if (heading != null || !paragraphs.isEmpty()) sections.add(new Section("final-accounts", null, heading, 1, paragraphs, headingAt));
                heading = line.strip();
                headingAt = Provenance.line(i);
                paragraphs = new ArrayList<>();
                continue;
            }
            paragraphs.add(new Paragraph(line, Provenance.line(i)));
        }
        sections.add(new Section("final-accounts", null, heading, 1, paragraphs, headingAt));
        return report(sections, null, fiscalYear);
    }

    static Report seed(String file) {
        return seed(file, 1, Integer.MAX_VALUE);
    }

    private static Report report(List<Section> sections, FinalAccounts accounts) {
        return report(sections, accounts, 2021);
    }

    private static Report report(List<Section> sections, FinalAccounts accounts, int fiscalYear) {
        return new Report(Report.FORMAT_VERSION, new ReportHeader("测试单位", null, fiscalYear, null, List.of()), null, null, accounts, null, sections);
    }
}
