package org.jixiao.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jixiao.report.domain.Disclosures;
import org.jixiao.report.domain.FinalAccounts;
import org.jixiao.report.domain.OperatingFunds;
import org.jixiao.report.domain.Report;
import org.jixiao.report.domain.TableKind;
import org.jixiao.shared.Figure;
import org.junit.jupiter.api.Test;

/**
 * The drafted 情况说明 with generated and human text apart: the same paragraphs as the documents, each naming the
 * section of the report a person writes its reasons in.
 */
class DraftedNarrativeTests {

    @Test
    void keepsGeneratedSentencesApartFromTheReasonAPersonWrote() throws Exception {
        Report r = withOperatingPriorYear(Fixtures.load(Fixtures.SHIFENG), "91.13");
        DraftedNarrative.Paragraph operating = paragraphUnder(DraftedNarrative.of(r), "机关运行经费");

        // 56.70 − 91.13 = −34.43; 34.43 ÷ 91.13 = 37.781…% → 37.78% (seed 004 line 442 states the same change).
        assertThat(operating.generated()).containsExactly("2021年度机关运行经费支出56.70万元。", "比上年决算数减少34.43万元，下降37.78%。");
        // From the seed's own paragraph (narrative section 24, 十、关于机关运行经费支出说明), only the reason clause.
        assertThat(operating.human()).containsExactly("原因是按区委区政府要求增收节支，厉行节约。");
        assertThat(operating.sources()).containsExactly(24);
        assertThat(operating.copied()).isFalse();
    }

    @Test
    void namesTheSectionWhereTheReasonBelongsEvenBeforeItIsWritten() throws Exception {
        Report r = NarrativeDraftingTests.withCells(Fixtures.load(Fixtures.SHIFENG), TableKind.INCOME_EXPENDITURE_SUMMARY,
                Map.of("income.grand-total", "1,764.99"), "prior");
        List<DraftedNarrative.Paragraph> drafted = DraftedNarrative.of(r);
        DraftedNarrative.Paragraph overall = drafted.get(0);
        assertThat(overall.headings()).containsExactly("一、收入支出决算总体情况说明");
        assertThat(overall.generated()).containsExactly("2021年度收、支总计1474.07万元。", "与上年相比，减少290.92万元，下降16.48%。");
        assertThat(overall.sources()).containsExactly(4);
        // 三公 (一) 总体: the subsection (narrative 20) is where its reasons are read from.
        DraftedNarrative.Paragraph three = drafted.stream().filter(p -> p.headings().size() == 2 && p.headings().get(1).contains("总体情况说明")
                && p.headings().get(0).contains("三公")).findFirst().orElseThrow();
        assertThat(three.sources()).containsExactly(20);
        assertThat(three.generated()).containsExactly("“三公”经费财政拨款支出预算为95.00万元，支出决算为92.51万元，完成预算的97.38%，决算数小于预算数。");
        // Sections only a person writes are copied, with nothing generated.
        DraftedNarrative.Paragraph other = paragraphUnder(drafted, "其他重要事项");
        assertThat(other.copied()).isTrue();
        assertThat(other.generated()).isEmpty();
        assertThat(other.sources()).containsExactly(31);
    }

    @Test
    void theParagraphsAreThoseOfTheDocumentInTheSameOrder() throws Exception {
        for (String name : List.of(Fixtures.SHIFENG, Fixtures.FULL)) {
            Report r = Fixtures.load(name);
            String document = NarrativeDraftingTests.narrative(r);
            int from = 0;
            for (DraftedNarrative.Paragraph p : DraftedNarrative.of(r)) {
                if (p.generated().isEmpty() && p.human().isEmpty()) continue;
                String text = p.copied() ? p.human().get(0) : String.join("", p.generated()) + String.join("", p.human());
                int at = document.indexOf(text, from);
                assertThat(at).as(name + ": " + text).isGreaterThanOrEqualTo(0);
                from = at;
            }
        }
    }

    @Test
    void aReportWithoutTablesDraftsNothing() throws Exception {
        assertThat(DraftedNarrative.of(Fixtures.load(Fixtures.LUSONG))).isEmpty();
    }

    private static DraftedNarrative.Paragraph paragraphUnder(List<DraftedNarrative.Paragraph> drafted, String word) {
        return drafted.stream().filter(p -> p.headings().get(0).contains(word)).findFirst().orElseThrow();
    }

    private static Report withOperatingPriorYear(Report r, String prior) {
        Disclosures d = r.finalAccounts().disclosures();
        OperatingFunds o = d.operatingFunds();
        Disclosures changed = new Disclosures(d.threePublicActivity(), new OperatingFunds(o.amount(), Figure.of(prior), o.change(), o.changePercent()),
                d.generalExpenses(), d.procurement(), d.assets());
        return new Report(r.formatVersion(), r.header(), r.source(), r.unit(), new FinalAccounts(r.finalAccounts().tables(), changed),
                r.selfEvaluation(), r.narrative());
    }
}
