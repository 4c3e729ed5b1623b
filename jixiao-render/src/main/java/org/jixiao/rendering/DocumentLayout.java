package org.jixiao.rendering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.report.domain.BaseDataSheet;
import org.jixiao.report.domain.FinalAccounts;
import org.jixiao.report.domain.Paragraph;
import org.jixiao.report.domain.PerformanceSheet;
import org.jixiao.report.domain.Report;
import org.jixiao.report.domain.Section;
import org.jixiao.report.domain.StatementTable;
import org.jixiao.report.domain.UnitProfile;

/**
 * Lays out the 部门决算公开 of a report (SPEC §2.1): cover, contents, 第一部分 单位概况, 第二部分 the tables,
 * 第三部分 情况说明 (drafted), 第四部分 名词解释, 第五部分 附件 (绩效评价报告, the 基础数据表 and the 自评表s).
 */
final class DocumentLayout {

    private static final String[] CHINESE = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private final Report report;
    private final SentenceTemplates t;
    private final List<Block> out = new ArrayList<>();

    DocumentLayout(Report report) {
        this.report = report;
        this.t = SentenceTemplates.forReport(report.header().fiscalYear(), report.header().region());
    }

    static List<Block> of(Report report) {
        return new DocumentLayout(report).build();
    }

    private List<Block> build() {
        String unit = report.header().unitName();
        if (report.finalAccounts() == null) return evaluationOnly(unit);
        out.add(new Block.Text(fill("cover.title"), Block.Style.CENTER));
        out.add(new Block.Heading(0, unit));
        out.add(new Block.Heading(0, fill("cover.subtitle")));
        out.add(new Block.PageBreak());

        out.add(new Block.Heading(1, fill("contents")));
        List<String> parts = List.of("part.profile", "part.tables", "part.narrative", "part.glossary", "part.attachments");
        for (String p : parts) out.add(new Block.Text(fill(p), Block.Style.CONTENTS));
        out.add(new Block.PageBreak());

        out.add(new Block.Heading(1, fill("part.profile")));
        profile();
        out.add(new Block.PageBreak());

        FinalAccounts accounts = report.finalAccounts();
        out.add(new Block.Heading(1, fill("part.tables")));
        if (accounts != null) {
            boolean first = true;
            for (StatementTable table : accounts.tables()) {
                if (!first) out.add(new Block.PageBreak());
                first = false;
                out.add(TableLayouts.layout(table, unit));
            }
        }
        out.add(new Block.PageBreak());

        out.add(new Block.Heading(1, fill("part.narrative")));
        out.addAll(new NarrativeDrafter(report, t).draft());
        out.add(new Block.PageBreak());

        out.add(new Block.Heading(1, fill("part.glossary")));
        glossary();
        out.add(new Block.PageBreak());

        out.add(new Block.Heading(1, fill("part.attachments")));
        evaluation();
        return out;
    }

    /** A report with only the 绩效自评 part (seeds 002, 000): the 绩效评价报告 as its own document. */
    private List<Block> evaluationOnly(String unit) {
        out.add(new Block.Heading(0, unit));
        out.add(new Block.Heading(0, fill("evaluation.title")));
        List<Section> lead = report.narrative().stream().filter(s -> "other".equals(s.part()) || "profile".equals(s.part())).toList();
        copy(lead);
        List<Section> sections = report.narrative().stream().filter(s -> "evaluation".equals(s.part())).toList();
        copy(sections);
        sheets(report.selfEvaluation() == null ? List.of() : report.selfEvaluation().sheets());
        return out;
    }

    private void profile() {
        List<Section> sections = report.narrative().stream().filter(s -> "profile".equals(s.part())).toList();
        if (!sections.isEmpty()) {
            copy(sections);
            return;
        }
        UnitProfile u = report.unit();
        if (u == null) return;
        out.add(new Block.Heading(2, "一、" + fill("profile.duties")));
        for (int i = 0; i < u.duties().size(); i++) out.add(Block.Text.body("（" + CHINESE[Math.min(i, 9)] + "）" + u.duties().get(i)));
        out.add(new Block.Heading(2, "二、" + fill("profile.organisation")));
        Map<String, String> v = vars();
        if (!u.internalOffices().isEmpty()) v.put("offices", String.join("、", u.internalOffices()));
        put(v, "officeCount", u.internalOfficeCount());
        put(v, "establishment", u.establishment());
        put(v, "staffTotal", u.staffTotal());
        put(v, "staffActive", u.staffActive());
        put(v, "staffRetiredCadres", u.staffRetiredCadres());
        put(v, "staffRetired", u.staffRetired());
        StringBuilder text = new StringBuilder();
        t.fill("profile.offices", v).ifPresent(text::append);
        t.fill("profile.staff", v).ifPresent(text::append);
        if (!text.isEmpty()) out.add(Block.Text.body(text.toString()));
    }

    private void glossary() {
        List<Section> sections = report.narrative().stream().filter(s -> "glossary".equals(s.part())).toList();
        if (!sections.isEmpty()) {
            copy(sections);
            return;
        }
        int n = 0;
        for (String[] entry : t.glossary()) {
            out.add(new Block.Heading(2, CHINESE[Math.min(n++, 9)] + "、" + entry[0]));
            out.add(Block.Text.body(entry[1]));
        }
    }

    private void evaluation() {
        List<Section> sections = report.narrative().stream().filter(s -> "evaluation".equals(s.part())).toList();
        List<PerformanceSheet> sheets = report.selfEvaluation() == null ? List.of() : report.selfEvaluation().sheets();
        if (sections.isEmpty() && sheets.isEmpty() && baseData() == null) return;
        out.add(new Block.Heading(1, fill("evaluation.title")));
        copy(sections);
        sheets(sheets);
    }

    /**
     * The attachments of the 绩效评价报告, each on its own page as 附件N: the 基础数据表 first (when the report has
     * one), then the 整体 and 项目 自评表s (SPEC §2.2).
     */
    private void sheets(List<PerformanceSheet> sheets) {
        int n = 0;
        BaseDataSheet base = baseData();
        if (base != null) {
            out.add(new Block.PageBreak());
            out.add(Block.Text.body(attachment(++n)));
            out.add(BaseDataLayout.layout(base, report.header().fiscalYear()));
        }
        int project = 0;
        for (int i = 0; i < sheets.size(); i++) {
            PerformanceSheet s = sheets.get(i);
            out.add(new Block.PageBreak());
            out.add(Block.Text.body(attachment(++n)));
            out.add(SheetLayouts.layout(s, report.header().fiscalYear(), s.kind() == org.jixiao.report.domain.SheetKind.PROJECT ? ++project : 0));
        }
    }

    private String attachment(int n) {
        Map<String, String> v = vars();
        v.put("n", String.valueOf(n));
        return t.fill("attachment", v).orElse("附件");
    }

    private BaseDataSheet baseData() {
        return report.selfEvaluation() == null ? null : report.selfEvaluation().baseData();
    }

    /** Sections as the report has them: numbering and heading, then paragraphs. */
    private void copy(List<Section> sections) {
        for (Section s : sections) {
            if (s.heading() != null) out.add(new Block.Heading(Math.min(1 + s.level(), 4), (s.numbering() == null ? "" : s.numbering()) + s.heading()));
            for (Paragraph p : s.paragraphs()) out.add(Block.Text.body(p.text()));
        }
    }

    private String fill(String key) {
        return t.fill(key, vars()).orElse(t.raw(key));
    }

    private Map<String, String> vars() {
        Map<String, String> v = new HashMap<>();
        v.put("year", String.valueOf(report.header().fiscalYear()));
        v.put("unit", report.header().unitName());
        return v;
    }

    private static void put(Map<String, String> v, String key, org.jixiao.shared.Figure f) {
        if (f != null && !f.isBlank()) v.put(key, f.text());
    }
}
