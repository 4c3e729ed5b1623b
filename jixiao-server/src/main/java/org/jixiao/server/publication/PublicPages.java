package org.jixiao.server.publication;

import java.util.List;
import org.jixiao.rendering.RenderFormat;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public site's pages: the list of published reports ({@code /public}) and a report's page. */
@Controller
class PublicPages {

    /** What the embedded document may contain: text, headings, tables; no script, no event handler, no style. */
    private static final Safelist DOCUMENT = Safelist.relaxed().removeTags("img", "a").addAttributes(":all", "class")
            .addAttributes("td", "colspan", "rowspan").addAttributes("th", "colspan", "rowspan");

    private final PublishedReports published;
    private final Documents documents;

    PublicPages(PublishedReports published, Documents documents) {
        this.published = published;
        this.documents = documents;
    }

    /** Reports listed per page of the public list: a province publishes tens of thousands. */
    static final int PAGE_SIZE = 50;

    /**
     * Published reports, filtered by district (code), unit (id) and year, {@link #PAGE_SIZE} per page. Units are
     * offered for a chosen district only (a province has ten thousand).
     */
    @GetMapping("/public")
    String list(@RequestParam(required = false) String district, @RequestParam(required = false) Long unit,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page, Model model) {
        List<PublishedEntry> shown = published.list(district, unit, year);
        int pages = Math.max(1, (shown.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(1, page == null ? 1 : page), pages);
        model.addAttribute("reports", shown.subList((current - 1) * PAGE_SIZE, Math.min(shown.size(), current * PAGE_SIZE)));
        model.addAttribute("total", shown.size());
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("districts", published.districts());
        model.addAttribute("units", published.unitsWithPublished(district, unit).stream().map(u -> new UnitOption(u.id(), u.name())).toList());
        model.addAttribute("years", published.years());
        model.addAttribute("district", district == null ? "" : district);
        model.addAttribute("unit", unit);
        model.addAttribute("year", year);
        return "public/reports";
    }

    record UnitOption(Long id, String name) {}

    /** One published report: facts, downloads, charts, 更正说明, and the document itself. */
    @GetMapping("/public/reports/{id}")
    String report(@PathVariable long id, Model model) {
        PublishedDocument doc = published.open(id);
        model.addAttribute("entry", doc.entry());
        model.addAttribute("version", doc.version());
        model.addAttribute("sourceFile", TableCells.text(doc.tree().path("source").path("file")));
        model.addAttribute("documentHtml", documents.derivedFromHtml(doc, "page-fragment",
                html -> Jsoup.clean(Jsoup.parse(html).body().html(), DOCUMENT)));
        model.addAttribute("correction", published.correction(id));
        model.addAttribute("formats", List.of(RenderFormat.PDF, RenderFormat.DOCX, RenderFormat.XLSX, RenderFormat.HTML));
        Long unitId = published.unitId(doc.entry());
        model.addAttribute("otherYears", unitId == null ? List.of()
                : published.list(null, unitId, null).stream().filter(e -> e.id() != id).toList());
        model.addAttribute("hasSelfEvaluation", doc.tree().path("selfEvaluation").path("sheets").size() > 0);
        return "public/report";
    }
}
