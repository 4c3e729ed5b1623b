package org.jixiao.synthetic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.report.domain.Paragraph;
import org.jixiao.report.domain.Section;

/**
 * Writes the 单位概况 text, the 情况说明 (one section per subject, DOMAIN-NOTES §3.3), the 自评报告 paragraphs
 * and the 名词解释 from the sentence patterns of {@link Templates}. Every value put into a sentence is computed
 * here from the {@link Ledger}: shares and ratios two decimals half-up, direction words from the sign, a zero
 * 年初预算 written as 年初未安排预算, never as a ratio.
 */
final class NarrativeWriter {

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六"};

    private final Ledger ledger;
    private final Templates templates;
    private final SelfEvaluationWriter evaluation;
    private final Style style;

    /**
     * How a report writes its numbers: thousands separators (1,474.07), the precision of list shares (2 or 1
     * decimals), and whether the income list names every source, zeros included (上级补助收入0.00万元，占0.00%).
     */
    record Style(boolean separators, int shareScale, boolean everySource) {
    }
    private final List<Section> sections = new ArrayList<>();
    private int chapter;

    NarrativeWriter(Ledger ledger, Templates templates, SelfEvaluationWriter evaluation, Style style) {
        this.ledger = ledger;
        this.templates = templates;
        this.evaluation = evaluation;
        this.style = style;
    }

    /** A share as the narrative writes it: two decimals, one in some reports (29.2%), half-up (SPEC §3). */
    private String share(long part, long whole) {
        return Money.percentValue(part, whole, style.shareScale()).toPlainString();
    }

    /** An amount as the narrative writes it: two decimals, with thousands separators in some reports (1,474.07). */
    private String money(long cents) {
        return style.separators() ? Money.grouped(cents) : Money.format(cents);
    }

    List<Section> narrative() {
        Map<String, String> v = base();
        v.put("officeCount", String.valueOf(ledger.unit.offices().size()));
        v.put("offices", String.join("、", ledger.unit.offices()));
        v.put("establishment", String.valueOf(ledger.establishment));
        v.put("staffTotal", String.valueOf(ledger.active + ledger.cadres + ledger.retired));
        v.put("active", String.valueOf(ledger.active));
        v.put("cadres", String.valueOf(ledger.cadres));
        v.put("retired", String.valueOf(ledger.retired));
        sections.add(new Section("profile", null, "部门基本情况", 1, paragraphs(templates.fill("profile.offices", v), templates.fill("profile.staff", v)), null));
        finalAccounts();
        evaluationReport();
        List<Paragraph> glossary = templates.all("glossary").stream().map(t -> new Paragraph(t, null)).toList();
        sections.add(new Section("glossary", null, "名词解释", 1, glossary, null));
        return sections;
    }

    private void finalAccounts() {
        Map<String, String> v = base();
        change(v, ledger.grandTotal(), ledger.priorGrandTotal);
        v.put("grandTotal", money(ledger.grandTotal()));
        v.put("reasonTotal", templates.reason(ledger.grandTotal() > ledger.priorGrandTotal ? "total.up" : "total.down"));
        chapter("收入支出决算总体情况说明", templates.fill("overview", v));

        List<String> parts = new ArrayList<>();
        long income = ledger.income();
        parts.add(part("income.part", "财政拨款收入", ledger.fiscalIncome(), income));
        // Some reports list every source, zeros included, as the template does (上级补助收入0.00万元，占0.00%).
        boolean everySource = style.everySource();
        if (everySource) parts.add(part("income.part", "上级补助收入", 0, income));
        if (everySource || ledger.nonFiscal(Ledger.Source.BUSINESS) > 0) parts.add(part("income.part", "事业收入", ledger.nonFiscal(Ledger.Source.BUSINESS), income));
        if (everySource) parts.add(part("income.part", "经营收入", 0, income));
        if (everySource || ledger.nonFiscal(Ledger.Source.OTHER) > 0) parts.add(part("income.part", "其他收入", ledger.nonFiscal(Ledger.Source.OTHER), income));
        v.put("incomeTotal", money(income));
        v.put("parts", String.join("；", parts));
        chapter("收入决算情况说明", templates.fill("income.head", v));

        long expenditure = ledger.expenditure();
        parts = List.of(part("expenditure.part", "基本支出", ledger.basic(), expenditure), part("expenditure.part", "项目支出", ledger.project(), expenditure));
        v.put("expenditureTotal", money(expenditure));
        v.put("parts", String.join("；", parts));
        chapter("支出决算情况说明", templates.fill("expenditure.head", v));

        v = base();
        change(v, ledger.fiscalGrandTotal(), ledger.priorFiscalGrandTotal);
        v.put("fiscalGrandTotal", money(ledger.fiscalGrandTotal()));
        v.put("reasonFiscal", templates.reason(ledger.fiscalGrandTotal() > ledger.priorFiscalGrandTotal ? "total.up" : "total.down"));
        chapter("财政拨款收入支出决算总体情况说明", templates.fill("fiscal.overview", v));

        generalBudget();

        v = base();
        long basic = ledger.fiscalBasic();
        v.put("basicTotal", money(basic));
        v.put("personnel", money(ledger.personnel()));
        v.put("personnelShare", share(ledger.personnel(), basic));
        v.put("public", money(ledger.publicFunds()));
        v.put("publicShare", share(ledger.publicFunds(), basic));
        chapter("一般公共预算财政拨款基本支出决算情况说明", templates.fill("basic", v));

        threePublic();

        chapter("政府性基金预算收入支出决算情况", templates.fill("governmentFund", base()));
        chapter("国有资本经营预算支出决算情况", templates.fill("stateCapital", base()));

        v = base();
        change(v, ledger.publicFunds(), ledger.priorOperating);
        v.put("amount", money(ledger.publicFunds()));
        v.put("reasonOperating", templates.reason(ledger.publicFunds() > ledger.priorOperating ? "operating.up" : "operating.down"));
        chapter("机关运行经费支出情况说明", templates.fill("operatingFunds", v));

        v = base();
        v.put("meetings", money(ledger.meetings));
        v.put("meetingCount", String.valueOf(ledger.meetingCount));
        v.put("training", money(ledger.training));
        v.put("trainingCount", String.valueOf(ledger.trainingCount));
        chapter("一般性支出情况说明", templates.fill("generalExpenses", v));

        v = base();
        if (ledger.procurement() > 0) {
            v.put("total", money(ledger.procurement()));
            v.put("goods", money(ledger.goods));
            v.put("works", money(ledger.works));
            v.put("services", money(ledger.services));
            v.put("sme", money(ledger.sme));
            v.put("smeShare", Money.percent(ledger.sme, ledger.procurement()));
            v.put("smallMicro", money(ledger.smallMicro));
            v.put("smallMicroShare", Money.percent(ledger.smallMicro, ledger.procurement()));
            chapter("政府采购支出情况说明", templates.fill("procurement", v));
        } else {
            chapter("政府采购支出情况说明", templates.fill("procurement.none", v));
        }

        v = base();
        v.put("vehicles", String.valueOf(ledger.vehicles()));
        v.put("leaders", String.valueOf(ledger.vehiclesByUse.get("leaders")));
        v.put("confidential", String.valueOf(ledger.vehiclesByUse.get("confidential")));
        v.put("emergency", String.valueOf(ledger.vehiclesByUse.get("emergency")));
        v.put("lawEnforcement", String.valueOf(ledger.vehiclesByUse.get("law-enforcement")));
        v.put("special", String.valueOf(ledger.vehiclesByUse.get("special")));
        v.put("other", String.valueOf(ledger.vehiclesByUse.get("other")));
        v.put("general", String.valueOf(ledger.generalEquipment));
        v.put("specialEquipment", String.valueOf(ledger.specialEquipment));
        chapter("国有资产占用情况说明", templates.fill("assets", v));

        v = base();
        v.put("projectCount", String.valueOf(ledger.projects.size()));
        v.put("wholeScore", evaluation.wholeScore.toPlainString());
        v.put("wholeGrade", evaluation.wholeGrade);
        chapter("预算绩效情况说明", templates.fill("performance", v));
        chapter("其他重要事项情况说明", templates.fill("other", v));
    }

    private void generalBudget() {
        chapter("一般公共预算财政拨款支出决算情况说明");
        Map<String, String> v = base();
        long general = ledger.fiscal();
        change(v, general, ledger.priorGeneral);
        v.put("generalTotal", money(general));
        v.put("share", Money.percent(general, ledger.expenditure()));
        v.put("reasonFiscal", templates.reason(general > ledger.priorGeneral ? "total.up" : "total.down"));
        section(2, "（一）", "财政拨款支出决算总体情况", templates.fill("general.overview", v));

        List<String> parts = new ArrayList<>();
        Map<String, Long> byCategory = new java.util.TreeMap<>();
        for (Ledger.Item i : ledger.items) if (i.fiscal() > 0) byCategory.merge(i.code().substring(0, 3), i.fiscal(), Long::sum);
        byCategory.forEach((code, amount) -> {
            Map<String, String> p = new HashMap<>();
            p.put("category", ledger.name(code).replaceAll("支出$", ""));
            p.put("amount", money(amount));
            p.put("share", share(amount, general));
            parts.add(templates.fill("general.structure.part", p));
        });
        v.put("parts", String.join("；", parts));
        section(2, "（二）", "财政拨款支出决算结构情况", templates.fill("general.structure", v));

        v.put("initialBudget", money(ledger.initialBudget()));
        v.put("completion", Money.percent(general, ledger.initialBudget()));
        section(2, "（三）", "财政拨款支出决算具体情况", templates.fill("general.detail", v));
        int n = 0;
        List<Ledger.Item> items = ledger.items.stream().filter(i -> i.fiscal() > 0).sorted(java.util.Comparator.comparing(Ledger.Item::code)).toList();
        for (Ledger.Item i : items) {
            String heading = ledger.name(i.code().substring(0, 3)).replaceAll("支出$", "") + "（类）" + ledger.name(i.code().substring(0, 5)) + "（款）"
                    + ledger.name(i.code()) + "（项）";
            Map<String, String> p = base();
            p.put("actual", money(i.fiscal()));
            p.put("initialBudget", money(i.initialBudget()));
            String text;
            if (i.initialBudget() == 0) {
                p.put("reasonZero", templates.reason("zero"));
                text = templates.fill("general.item.zero", p);
            } else if (i.initialBudget() == i.fiscal()) {
                p.put("completion", Money.percent(i.fiscal(), i.initialBudget()));
                text = templates.fill("general.item.equal", p);
            } else {
                boolean more = i.fiscal() > i.initialBudget();
                p.put("completion", Money.percent(i.fiscal(), i.initialBudget()));
                p.put("compare", more ? "大于" : "小于");
                p.put("reasonItem", templates.reason(more ? "item.up" : "item.down"));
                text = templates.fill("general.item", p);
            }
            section(3, (++n) + "、", heading, text);
        }
    }

    private void threePublic() {
        chapter("“三公”经费财政拨款支出决算情况说明");
        Map<String, String> v = base();
        v.put("budget", money(ledger.threePublicBudget()));
        v.put("actual", money(ledger.threePublic()));
        v.put("completion", Money.percent(ledger.threePublic(), ledger.threePublicBudget()));
        v.put("compare", compare(ledger.threePublic(), ledger.threePublicBudget()));
        v.put("reasonThree", templates.reason("three.down"));
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(templates.fill("threePublic.total", v));
        paragraphs.add(threeItem("因公出国（境）费", ledger.abroadBudget, ledger.abroad, ledger.abroadPrior));
        paragraphs.add(threeItem("公务接待费", ledger.receptionBudget, ledger.reception, ledger.receptionPrior));
        String vehicles = threeItem("公务用车购置及运行费", ledger.purchaseBudget + ledger.runningBudget, ledger.purchase + ledger.running,
                ledger.purchasePrior + ledger.runningPrior);
        Map<String, String> split = base();
        split.put("total", money(ledger.purchase + ledger.running));
        split.put("purchase", money(ledger.purchase));
        split.put("running", money(ledger.running));
        paragraphs.add(vehicles + templates.fill("threePublic.vehicles.split", split));
        section(2, "（一）", "“三公”经费财政拨款支出决算总体情况", paragraphs.toArray(String[]::new));

        List<String> parts = new ArrayList<>();
        long total = ledger.threePublic();
        parts.add(sharePart("因公出国（境）费", ledger.abroad, total));
        parts.add(sharePart("公务接待费", ledger.reception, total));
        parts.add(sharePart("公务用车购置及运行费", ledger.purchase + ledger.running, total));
        v.put("parts", String.join("；", parts));
        paragraphs = new ArrayList<>();
        paragraphs.add(templates.fill("threePublic.shares", v));
        Map<String, String> c = base();
        c.put("amount", money(ledger.abroad));
        c.put("groups", String.valueOf(ledger.abroadGroups));
        c.put("persons", String.valueOf(ledger.abroadPersons));
        paragraphs.add(templates.fill(ledger.abroad > 0 ? "threePublic.abroad.count" : "threePublic.abroad.none", c));
        c.put("amount", money(ledger.reception));
        c.put("groups", String.valueOf(ledger.receptionGroups));
        c.put("persons", String.valueOf(ledger.receptionPersons));
        paragraphs.add(templates.fill(ledger.reception > 0 ? "threePublic.reception.count" : "threePublic.reception.none", c));
        c.put("amount", money(ledger.purchase + ledger.running));
        c.put("purchased", String.valueOf(ledger.vehiclesPurchased));
        c.put("held", String.valueOf(ledger.vehicles()));
        paragraphs.add(templates.fill("threePublic.vehicles.count", c));
        section(2, "（二）", "“三公”经费财政拨款支出决算具体情况", paragraphs.toArray(String[]::new));
    }

    private String threeItem(String label, long budget, long actual, long prior) {
        Map<String, String> v = base();
        v.put("label", label);
        if (budget == 0 && actual == 0) return templates.fill("threePublic.item.zero", v);
        v.put("budget", money(budget));
        v.put("actual", money(actual));
        v.put("completion", Money.percent(actual, budget));
        v.put("compare", compare(actual, budget));
        change(v, actual, prior);
        v.put("reasonItem", templates.reason(actual > prior ? "three.up" : "three.down"));
        return templates.fill("threePublic.item", v);
    }

    private void evaluationReport() {
        List<String> paragraphs = new ArrayList<>();
        for (int k = 0; k < ledger.projects.size(); k++) {
            Ledger.Project p = ledger.projects.get(k);
            Map<String, String> v = base();
            long adjust = p.fullYearBudget() - p.initialBudget();
            v.put("project", p.name());
            v.put("initialBudget", money(p.initialBudget()));
            v.put("adjustWord", adjust >= 0 ? "调增" : "调减");
            v.put("adjust", money(Math.abs(adjust)));
            v.put("fullYearBudget", money(p.fullYearBudget()));
            v.put("executed", money(p.executed()));
            v.put("balance", money(p.fullYearBudget() - p.executed()));
            v.put("score", evaluation.projectScores.get(k).toPlainString());
            paragraphs.add(templates.fill(adjust == 0 ? "evaluation.project.noAdjust" : "evaluation.project", v));
        }
        sections.add(new Section("evaluation", null, "项目支出绩效自评情况", 1, paragraphs(paragraphs.toArray(String[]::new)), null));
    }

    private String part(String key, String label, long amount, long whole) {
        Map<String, String> p = new HashMap<>();
        p.put("label", label);
        p.put("amount", money(amount));
        p.put("share", share(amount, whole));
        return templates.fill(key, p);
    }

    private String sharePart(String label, long amount, long whole) {
        return part("threePublic.shares.part", label, amount, whole);
    }

    private static String compare(long actual, long budget) {
        return actual > budget ? "大于" : actual < budget ? "小于" : "等于";
    }

    /** {up} 增加/减少, {rise} 增长/下降, {change} |Δ|, {changePct} |Δ| ÷ 上年 (the prior is never zero or equal here). */
    private void change(Map<String, String> v, long current, long prior) {
        long delta = current - prior;
        v.put("up", delta >= 0 ? "增加" : "减少");
        v.put("rise", delta >= 0 ? "增长" : "下降");
        v.put("change", money(Math.abs(delta)));
        v.put("changePct", Money.percent(Math.abs(delta), prior));
    }

    private Map<String, String> base() {
        Map<String, String> v = new HashMap<>();
        v.put("year", String.valueOf(ledger.year));
        v.put("unit", ledger.unit.name());
        v.put("region", ledger.unit.city() + ledger.unit.district());
        return v;
    }

    private void chapter(String heading, String... texts) {
        sections.add(new Section("final-accounts", NUMERALS[chapter++] + "、", heading, 1, paragraphs(texts), null));
    }

    private void section(int level, String numbering, String heading, String... texts) {
        sections.add(new Section("final-accounts", numbering, heading, level, paragraphs(texts), null));
    }

    private static List<Paragraph> paragraphs(String... texts) {
        List<Paragraph> out = new ArrayList<>();
        for (String t : texts) out.add(new Paragraph(t, null));
        return out;
    }

}
