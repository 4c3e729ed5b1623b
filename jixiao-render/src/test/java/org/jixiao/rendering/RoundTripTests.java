package org.jixiao.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jixiao.checking.StandardRuleKinds;
import org.jixiao.importing.DocumentImporter;
import org.jixiao.importing.ImportResult;
import org.jixiao.report.domain.Report;
import org.jixiao.report.domain.StatementTable;
import org.jixiao.report.domain.TableRow;
import org.jixiao.rules.Finding;
import org.jixiao.shared.Figure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renders a fixture, imports the document back with the importer and proves that the nine tables come back
 * value for value, and that checking the generated document finds nothing in the tables the source lacks.
 */
class RoundTripTests {

    private final OfficialDocuments documents = new OfficialDocuments();

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.SHIFENG, Fixtures.FURONG, Fixtures.LUSONG, Fixtures.FULL})
    void docxGivesBackEveryTableValue(String fixture) throws Exception {
        roundTrip(fixture, RenderFormat.DOCX);
    }

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.SHIFENG, Fixtures.FURONG, Fixtures.LUSONG, Fixtures.FULL})
    void xlsxGivesBackEveryTableValue(String fixture) throws Exception {
        roundTrip(fixture, RenderFormat.XLSX);
    }

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.SHIFENG, Fixtures.FURONG, Fixtures.LUSONG, Fixtures.FULL})
    void htmlShowsEveryCodeAndAmount(String fixture) throws Exception {
        Report source = Fixtures.load(fixture);
        String html = new String(documents.render(source, RenderFormat.HTML), StandardCharsets.UTF_8);
        for (StatementTable t : tables(source)) {
            for (TableRow r : t.rows()) {
                if (r.isCode() && !summary(t)) assertThat(html).contains(r.key());
                for (Figure f : r.cells().values()) Numbers.amountOf(f).filter(v -> v.signum() != 0)
                        .ifPresent(v -> assertThat(html).as("%s %s", t.label(), r.key()).contains(Numbers.amount(v)));
            }
        }
        if (!tables(source).isEmpty()) assertThat(html).contains("<thead>");
        assertThat(html).contains("table-header-group").contains("page-break-inside: avoid");
        // Texts only a person writes are copied; 情况说明 is drafted from the tables (NarrativeDraftingTests).
        for (var s : source.narrative()) {
            if (s.part().equals("final-accounts")) continue;
            for (var p : s.paragraphs()) assertThat(html).contains(HtmlRenderer.esc(p.text()));
        }
    }

    private void roundTrip(String fixture, RenderFormat format) throws Exception {
        Report source = Fixtures.load(fixture);
        byte[] bytes = documents.render(source, format);
        // The workbook is imported as written, live formulas included: the importer reads their cached values.
        ImportResult imported = new DocumentImporter().importBytes("rendered." + format.extension(), bytes);
        Report back = imported.report();
        List<String> differences = RoundTrips.tableDifferences(source, back);
        assertThat(differences).as("%s via %s", fixture, format).isEmpty();
        if (format == RenderFormat.DOCX) {
            // Texts only a person writes survive: every paragraph of the 绩效评价报告 comes back.
            String text = back.narrative().stream().flatMap(s -> java.util.stream.Stream.concat(java.util.stream.Stream.of(s.numbering() == null ? "" : s.numbering(), s.heading() == null ? "" : s.heading()),
                    s.paragraphs().stream().map(p -> p.text()))).reduce("", String::concat).replaceAll("\\s+", "");
            for (var s : source.narrative()) {
                if (!"evaluation".equals(s.part())) continue;
                for (var p : s.paragraphs()) assertThat(text).as("%s paragraph", fixture).contains(p.text().replaceAll("\\s+", ""));
            }
        }

        // No ERROR anywhere (tables, 自评表s, 基础数据表, the drafted 情况说明) that the source does not have.
        Set<String> errorsBefore = errorRules(source);
        Set<String> errorsAfter = errorRules(back);
        errorsAfter.removeAll(errorsBefore);
        assertThat(errorsAfter).as("ERROR findings of the generated %s that the source does not have", format).isEmpty();

        Set<String> before = tableFindings(source);
        Set<String> after = tableFindings(back);
        after.removeAll(before);
        assertThat(after).as("table findings of the generated %s that the source does not have", format).isEmpty();
    }

    /** 01 and 04 print 类 names with 行次, not codes. */
    private static boolean summary(StatementTable t) {
        return t.kind() == org.jixiao.report.domain.TableKind.INCOME_EXPENDITURE_SUMMARY || t.kind() == org.jixiao.report.domain.TableKind.FISCAL_SUMMARY;
    }

    private static List<StatementTable> tables(Report r) {
        return RoundTrips.tables(r);
    }

    /** The rules of the ERROR findings, merged ones included. */
    private static Set<String> errorRules(Report report) {
        Set<String> out = new HashSet<>();
        for (Finding f : StandardRuleKinds.engine().check(report).findings()) {
            if (f.severity() != org.jixiao.rules.Severity.ERROR) continue;
            out.add(f.rule());
            // A merged finding names the rules that proved the same mistake (SameEvidence): seed 004's 项目支出
            // 1138.53 (its own text) against 1138.54 (its 03表) is NAR-DUP-001 among them, and comes back as
            // NAR-DUP-001 when the drafted 情况说明 prints the table's figure beside the unit's own text.
            out.addAll(f.alsoBy());
        }
        return out;
    }

    /** Findings located in a table, by rule, table kind and row/column (numbers and provenance aside). */
    private static Set<String> tableFindings(Report report) {
        Set<String> out = new HashSet<>();
        for (Finding f : StandardRuleKinds.engine().check(report).findings()) {
            if (f.location() == null || f.location().table() == null) continue;
            out.add(f.rule() + " " + f.severity() + " " + f.location().row() + " " + f.location().column());
        }
        return out;
    }
}
