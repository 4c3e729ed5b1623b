package org.jixiao.rendering;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.report.domain.Report;
import org.jixiao.report.domain.Section;

/**
 * The 情况说明 as the documents draft it, with the generated text and the text a person writes kept apart, for an
 * editor that shows the generated sentences beside the paragraphs the person writes (docs/rendering.md, "The drafted
 * 情况说明"). The paragraphs are exactly those of the rendered documents, in the same order: a rendered paragraph is
 * {@code generated} followed by {@code human}.
 *
 * <pre>{@code
 * for (DraftedNarrative.Paragraph p : DraftedNarrative.of(report)) {
 *     p.headings();   // ["一、收入支出决算总体情况说明"]
 *     p.generated();  // ["2024年度收、支总计975.96万元。", "与上年相比，增加10.00万元，增长1.04%。"]
 *     p.human();      // ["主要原因是：…。"] (reason clauses taken from the report's own narrative)
 *     p.sources();    // [1]: index in report.narrative() of the section the reasons are (or would be) taken from
 * }
 * }</pre>
 *
 * <p>Stateless; drafting is cheap (templates filled from the model), so an editor may draft on every preview.
 */
public final class DraftedNarrative {

    private DraftedNarrative() {
    }

    /**
     * One paragraph of the drafted 情况说明.
     *
     * @param headings  the drafted headings above it, outermost first (chapter, section, 项 item)
     * @param generated sentences drafted from the tables and disclosures (read-only: change the figures, not the text)
     * @param human     what a person wrote: the reason clauses (主要原因是…) of the matching sections, or for a section
     *                  only a person writes ({@code copied}) its whole paragraphs
     * @param sources   indexes into {@code report.narrative()} of the sections the human text is taken from; a section
     *                  matched by its heading is listed even when it holds no reason yet (that is where to write it)
     * @param copied    a section copied whole from the report (预算绩效情况, 其他重要事项): nothing generated
     */
    public record Paragraph(List<String> headings, List<String> generated, List<String> human, List<Integer> sources, boolean copied) {
        public Paragraph {
            headings = List.copyOf(headings);
            generated = List.copyOf(generated);
            human = List.copyOf(human);
            sources = List.copyOf(sources);
        }
    }

    /** The drafted paragraphs of the report's 情况说明; empty for a report without 部门决算 tables. */
    public static List<Paragraph> of(Report report) {
        SentenceTemplates templates = SentenceTemplates.forReport(report.header().fiscalYear(), report.header().region());
        Map<Section, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < report.narrative().size(); i++) index.put(report.narrative().get(i), i);
        List<Paragraph> out = new ArrayList<>();
        for (NarrativeDrafter.Drafted d : new NarrativeDrafter(report, templates).paragraphs()) {
            List<Integer> sources = new ArrayList<>();
            for (Section s : d.sources()) {
                Integer i = index.get(s);
                if (i != null && !sources.contains(i)) sources.add(i);
            }
            out.add(new Paragraph(d.headings(), d.generated(), d.human(), sources, d.copied()));
        }
        return out;
    }
}
