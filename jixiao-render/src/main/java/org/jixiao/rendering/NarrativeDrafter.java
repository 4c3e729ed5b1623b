package org.jixiao.rendering;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.report.domain.Assets;
import org.jixiao.report.domain.Disclosures;
import org.jixiao.report.domain.FinalAccounts;
import org.jixiao.report.domain.Paragraph;
import org.jixiao.report.domain.Report;
import org.jixiao.report.domain.Section;
import org.jixiao.report.domain.StatementTable;
import org.jixiao.report.domain.TableKind;
import org.jixiao.report.domain.TableRow;
import org.jixiao.shared.Figure;

/**
 * Drafts the 情况说明 (SPEC §2.1 item 3) from the tables and disclosures with the year's sentence templates:
 * shares and completion rates are computed (BigDecimal, half-up, two decimals), direction words follow the
 * sign, a zero base says 年初未安排预算. A sentence whose value the model lacks is left out. Reasons and other
 * texts only a person writes come from the report's own narrative ({@link HumanText}).
 */
final class NarrativeDrafter {

    private static final String[] CHINESE = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四",
            "十五", "十六", "十七", "十八", "十九", "二十"};
    private static final String[][] INCOME_SOURCES = {
            {"income.general-budget", "一般公共预算财政拨款收入"}, {"income.government-fund", "政府性基金预算财政拨款收入"},
            {"income.state-capital", "国有资本经营预算财政拨款收入"}, {"income.superior-subsidy", "上级补助收入"},
            {"income.business", "事业收入"}, {"income.operating", "经营收入"}, {"income.affiliated", "附属单位上缴收入"},
            {"income.other", "其他收入"}};
    private static final String[][] EXPENDITURE_NATURES = {
            {"basic", "基本支出"}, {"project", "项目支出"}, {"to-superior", "上缴上级支出"}, {"operating", "经营支出"},
            {"to-affiliated", "对附属单位补助支出"}};
    private static final String[][] VEHICLE_USES = {
            {"leaders", "领导干部用车"}, {"confidential", "机要通信用车"}, {"emergency", "应急保障用车"},
            {"law-enforcement", "执法执勤用车"}, {"special", "特种专业技术用车"}, {"other", "其他用车"}};

    private final Report report;
    private final SentenceTemplates t;
    private final HumanText human;
    private final FinalAccounts accounts;
    private final String year;
    private final String unit;
    private final List<Block> out = new ArrayList<>();
    /** The same paragraphs with generated and human text apart, for the editor ({@link DraftedNarrative}). */
    private final List<Drafted> drafted = new ArrayList<>();
    /** The drafter's own headings above the next paragraph: chapter, section, item. */
    private final String[] headings = new String[3];
    private int chapter;

    /**
     * One drafted paragraph: the headings above it, the sentences generated from the tables, the reason clauses (or,
     * for a copied section, the whole texts) a person wrote, and the report's sections those came from or would.
     */
    record Drafted(List<String> headings, List<String> generated, List<String> human, List<Section> sources, boolean copied) {}

    /** Reason clauses a person wrote and the sections of the report they were looked for in. */
    private record Reasons(List<String> clauses, List<Section> sections) {
        static final Reasons NONE = new Reasons(List.of(), List.of());

        static Reasons of(List<Section> sections) {
            return new Reasons(HumanText.reasons(sections), sections);
        }
    }

    NarrativeDrafter(Report report, SentenceTemplates templates) {
        this.report = report;
        this.t = templates;
        this.human = new HumanText(report, "final-accounts");
        this.accounts = report.finalAccounts();
        this.year = String.valueOf(report.header().fiscalYear());
        this.unit = report.header().unitName();
    }

    List<Block> draft() {
        if (accounts == null) return out;
        run();
        return out;
    }

    /** The drafted paragraphs with generated and human text apart (call instead of {@link #draft()}). */
    List<Drafted> paragraphs() {
        if (accounts != null) run();
        return drafted;
    }

    private void run() {
        overall();
        income();
        expenditure();
        fiscal();
        generalBudget();
        basic();
        threePublic();
        governmentFund();
        stateCapital();
        Disclosures d = accounts.disclosures();
        if (d != null) {
            operating(d);
            generalExpenses(d);
            procurement(d);
            assets(d);
        }
        copied("heading.performance", new String[] {"绩效"});
        copied("heading.other", new String[] {"其他重要事项"});
    }

    // ---- sections ----

    private void overall() {
        Optional<StatementTable> s = table(TableKind.INCOME_EXPENDITURE_SUMMARY);
        if (s.isEmpty()) return;
        chapter("heading.overall");
        List<String> sentences = new ArrayList<>();
        Optional<BigDecimal> grand = amount(s.get(), "income.grand-total", "amount");
        grand.ifPresent(g -> t.fill("overall", vars("grandTotal", plain(g))).ifPresent(sentences::add));
        Optional<BigDecimal> prior = amount(s.get(), "income.grand-total", "prior");
        if (grand.isPresent() && prior.isPresent()) change("overall.change", grand.get(), prior.get()).ifPresent(sentences::add);
        paragraph(sentences, reasons(HumanText.headingWith(new String[] {"总体"}, "财政拨款", "一般公共预算")));
    }

    private void income() {
        Optional<StatementTable> s = table(TableKind.INCOME_EXPENDITURE_SUMMARY);
        if (s.isEmpty()) return;
        Optional<BigDecimal> total = amount(s.get(), "income.total", "amount");
        if (total.isEmpty()) return;
        chapter("heading.income");
        List<String> parts = new ArrayList<>();
        for (String[] src : INCOME_SOURCES) {
            Optional<BigDecimal> a = amount(s.get(), src[0], "amount");
            if (a.isEmpty() || a.get().signum() == 0) continue;
            share(a.get(), total.get()).flatMap(p -> t.fill("income.part", vars("name", src[1], "amount", plain(a.get()), "share", p)))
                    .ifPresent(parts::add);
        }
        List<String> sentences = new ArrayList<>();
        if (!parts.isEmpty()) t.fill("income", vars("total", plain(total.get()), "parts", String.join("；", parts))).ifPresent(sentences::add);
        paragraph(sentences, reasons(HumanText.headingWith(new String[] {"收入"}, "财政拨款", "总体", "支出")));
    }

    private void expenditure() {
        Optional<StatementTable> s = table(TableKind.EXPENDITURE);
        Optional<BigDecimal> total = s.flatMap(x -> amount(x, "total", "total"));
        if (total.isEmpty()) return;
        chapter("heading.expenditure");
        List<String> parts = new ArrayList<>();
        for (String[] n : EXPENDITURE_NATURES) {
            Optional<BigDecimal> a = amount(s.get(), "total", n[0]);
            if (a.isEmpty() || a.get().signum() == 0) continue;
            share(a.get(), total.get()).flatMap(p -> t.fill("expenditure.part", vars("name", n[1], "amount", plain(a.get()), "share", p)))
                    .ifPresent(parts::add);
        }
        List<String> sentences = new ArrayList<>();
        if (!parts.isEmpty()) t.fill("expenditure", vars("total", plain(total.get()), "parts", String.join("；", parts))).ifPresent(sentences::add);
        paragraph(sentences, reasons(HumanText.headingWith(new String[] {"支出决算"}, "财政拨款", "总体", "基本", "三公", "收入")));
    }

    private void fiscal() {
        Optional<StatementTable> s = table(TableKind.FISCAL_SUMMARY);
        Optional<BigDecimal> grand = s.flatMap(x -> amount(x, "income.grand-total", "amount"));
        if (grand.isEmpty()) return;
        chapter("heading.fiscal");
        List<String> sentences = new ArrayList<>();
        t.fill("fiscal", vars("grandTotal", plain(grand.get()))).ifPresent(sentences::add);
        amount(s.get(), "income.grand-total", "prior").flatMap(p -> change("fiscal.change", grand.get(), p)).ifPresent(sentences::add);
        paragraph(sentences, reasons(HumanText.headingWith(new String[] {"财政拨款", "总体"}, "一般公共预算", "三公")));
    }

    private void generalBudget() {
        Optional<StatementTable> s = table(TableKind.GENERAL_BUDGET_EXPENDITURE);
        Optional<BigDecimal> total = s.flatMap(x -> amount(x, "total", "total"));
        if (total.isEmpty()) return;
        StatementTable table = s.get();
        chapter("heading.general");
        List<Section> source = human.subtree(HumanText.headingWith(new String[] {"一般公共预算财政拨款支出"}, "基本", "三公"));

        section(1, "heading.general.overall");
        List<String> sentences = new ArrayList<>();
        Optional<BigDecimal> all = table(TableKind.INCOME_EXPENDITURE_SUMMARY).flatMap(x -> amount(x, "expenditure.total", "amount"));
        all.flatMap(a -> share(total.get(), a)).flatMap(p -> t.fill("general.overall", vars("total", plain(total.get()), "share", p)))
                .ifPresent(sentences::add);
        amount(table, "total", "prior").flatMap(p -> change("general.change", total.get(), p)).ifPresent(sentences::add);
        paragraph(sentences, Reasons.of(matching(source, "总体")));

        section(2, "heading.general.structure");
        List<String> parts = new ArrayList<>();
        for (TableRow r : table.rows()) {
            if (!r.isCode() || r.key().length() != 3) continue;
            Optional<BigDecimal> a = amount(table, r.key(), "total");
            if (a.isEmpty() || a.get().signum() == 0) continue;
            share(a.get(), total.get()).flatMap(p -> t.fill("general.structure.part", vars("name", className(r.name()), "amount", plain(a.get()), "share", p)))
                    .ifPresent(parts::add);
        }
        sentences = new ArrayList<>();
        if (!parts.isEmpty()) t.fill("general.structure", vars("total", plain(total.get()), "parts", String.join("；", parts))).ifPresent(sentences::add);
        paragraph(sentences, Reasons.NONE);

        section(3, "heading.general.items");
        sentences = new ArrayList<>();
        Optional<BigDecimal> initial = amount(table, "total", "initialBudget");
        if (initial.isPresent()) {
            if (initial.get().signum() == 0) t.fill("general.items.zero", vars("actual", plain(total.get()))).ifPresent(sentences::add);
            else t.fill("general.items", vars("initial", plain(initial.get()), "actual", plain(total.get()),
                    "rate", Numbers.percent(total.get(), initial.get()))).ifPresent(sentences::add);
        }
        paragraph(sentences, Reasons.NONE);
        int n = 0;
        for (TableRow r : table.rows()) {
            if (!r.isCode() || r.key().length() != 7) continue;
            Optional<BigDecimal> actual = amount(table, r.key(), "total");
            if (actual.isEmpty() || actual.get().signum() == 0) continue;
            String cls = table.row(r.key().substring(0, 3)).map(TableRow::name).map(NarrativeDrafter::className).orElse(null);
            String sec = table.row(r.key().substring(0, 5)).map(TableRow::name).orElse(null);
            String heading = t.fill("general.item.heading", vars("class", cls, "section", sec, "item", r.name())).orElse(r.key() + " " + r.name());
            String itemHeading = (++n) + "、" + heading;
            out.add(new Block.Heading(3, itemHeading));
            headings[2] = itemHeading;
            List<String> item = new ArrayList<>();
            Optional<BigDecimal> ib = amount(table, r.key(), "initialBudget");
            if (ib.isPresent() && ib.get().signum() == 0) t.fill("general.item.zero", vars("actual", plain(actual.get()))).ifPresent(item::add);
            else if (ib.isPresent()) t.fill("general.item", vars("initial", plain(ib.get()), "actual", plain(actual.get()),
                    "rate", Numbers.percent(actual.get(), ib.get()), "comparison", comparison(actual.get(), ib.get()))).ifPresent(item::add);
            else t.fill("general.item.actual", vars("actual", plain(actual.get()))).ifPresent(item::add);
            String name = r.name() == null ? "\u0000" : r.name().replaceAll("[（(].*?[)）]", "");
            paragraph(item, Reasons.of(source.stream().filter(x -> x.heading() != null
                    && x.heading().replaceAll("[（(].*?[)）]", "").contains(name)).toList()));
        }
    }

    private void basic() {
        Optional<StatementTable> detail = table(TableKind.BASIC_EXPENDITURE_DETAIL);
        if (detail.isEmpty()) return;
        Optional<BigDecimal> personnel = amount(detail.get(), "personnel-total", "amount");
        Optional<BigDecimal> pub = amount(detail.get(), "public-total", "amount");
        Optional<BigDecimal> total = table(TableKind.GENERAL_BUDGET_EXPENDITURE).flatMap(x -> amount(x, "total", "basic"));
        if (total.isEmpty() && personnel.isPresent() && pub.isPresent()) total = Optional.of(personnel.get().add(pub.get()));
        chapter("heading.basic");
        List<String> sentences = new ArrayList<>();
        if (total.isPresent() && personnel.isPresent() && pub.isPresent()) {
            Map<String, String> v = vars("total", plain(total.get()), "personnel", plain(personnel.get()), "public", plain(pub.get()),
                    "personnelShare", share(personnel.get(), total.get()).orElse(null), "publicShare", share(pub.get(), total.get()).orElse(null),
                    "personnelItems", items(detail.get(), true), "publicItems", items(detail.get(), false));
            t.fill("basic", v).ifPresent(sentences::add);
        }
        paragraph(sentences, reasons(HumanText.headingWith(new String[] {"基本支出"})));
    }

    private void threePublic() {
        Optional<StatementTable> s = table(TableKind.THREE_PUBLIC_COSTS);
        if (s.isEmpty()) return;
        StatementTable table = s.get();
        chapter("heading.three");
        List<Section> source = human.subtree(HumanText.headingWith(new String[] {"三公"}));
        section(1, "heading.three.overall");
        List<String> sentences = new ArrayList<>();
        Optional<BigDecimal> budget = amount(table, "total", "budget");
        Optional<BigDecimal> actual = amount(table, "total", "actual");
        if (budget.isPresent() && actual.isPresent()) {
            if (budget.get().signum() == 0) t.fill("three.overall.zero", vars("actual", plain(actual.get()))).ifPresent(sentences::add);
            else t.fill("three.overall", vars("budget", plain(budget.get()), "actual", plain(actual.get()),
                    "rate", Numbers.percent(actual.get(), budget.get()), "comparison", comparison(actual.get(), budget.get()))).ifPresent(sentences::add);
        }
        paragraph(sentences, Reasons.of(matching(source, "总体")));

        section(2, "heading.three.detail");
        sentences = new ArrayList<>();
        if (actual.isPresent() && actual.get().signum() != 0) {
            BigDecimal whole = actual.get();
            Map<String, String> v = new HashMap<>();
            for (String item : new String[] {"reception", "abroad", "vehicles"}) {
                amount(table, item, "actual").ifPresent(a -> {
                    v.put(item, plain(a));
                    share(a, whole).ifPresent(p -> v.put(item + "Share", p));
                });
            }
            t.fill("three.detail", v).ifPresent(sentences::add);
        }
        var activity = accounts.disclosures() == null ? null : accounts.disclosures().threePublicActivity();
        amount(table, "abroad", "actual").flatMap(a -> t.fill("three.abroad", vars("actual", plain(a),
                "groups", count(activity == null ? null : activity.abroadGroups()), "persons", count(activity == null ? null : activity.abroadPersons()))))
                .ifPresent(sentences::add);
        amount(table, "vehicles", "actual").flatMap(a -> t.fill("three.vehicles", vars("actual", plain(a),
                "purchase", amount(table, "vehicle-purchase", "actual").map(NarrativeDrafter::plain).orElse(null),
                "running", amount(table, "vehicle-running", "actual").map(NarrativeDrafter::plain).orElse(null),
                "purchased", count(activity == null ? null : activity.vehiclesPurchased()),
                "held", count(activity == null ? null : activity.vehiclesHeld())))).ifPresent(sentences::add);
        amount(table, "reception", "actual").flatMap(a -> t.fill("three.reception", vars("actual", plain(a),
                "groups", count(activity == null ? null : activity.receptionGroups()), "persons", count(activity == null ? null : activity.receptionPersons()))))
                .ifPresent(sentences::add);
        paragraph(sentences, Reasons.of(matching(source, "具体")));
    }

    private void governmentFund() {
        Optional<StatementTable> s = table(TableKind.GOVERNMENT_FUND);
        if (s.isEmpty()) return;
        chapter("heading.fund");
        List<String> sentences = new ArrayList<>();
        if (TableLayouts.isEmpty(s.get())) t.fill("fund.empty", vars()).ifPresent(sentences::add);
        else t.fill("fund", vars("opening", amountText(s.get(), "total", "opening-balance"), "income", amountText(s.get(), "total", "income"),
                "expenditure", amountText(s.get(), "total", "expenditure"), "closing", amountText(s.get(), "total", "closing-balance")))
                .ifPresent(sentences::add);
        paragraph(sentences, Reasons.NONE);
    }

    private void stateCapital() {
        Optional<StatementTable> s = table(TableKind.STATE_CAPITAL);
        if (s.isEmpty()) return;
        chapter("heading.capital");
        List<String> sentences = new ArrayList<>();
        if (TableLayouts.isEmpty(s.get())) t.fill("capital.empty", vars()).ifPresent(sentences::add);
        else t.fill("capital", vars("total", amountText(s.get(), "total", "total"), "basic", amountText(s.get(), "total", "basic"),
                "project", amountText(s.get(), "total", "project"))).ifPresent(sentences::add);
        paragraph(sentences, Reasons.NONE);
    }

    private void operating(Disclosures d) {
        if (d.operatingFunds() == null) return;
        Optional<BigDecimal> amount = Numbers.amountOf(d.operatingFunds().amount()).filter(x -> d.operatingFunds().amount() != null
                && !d.operatingFunds().amount().isBlank());
        if (amount.isEmpty()) return;
        chapter("heading.operating");
        List<String> sentences = new ArrayList<>();
        t.fill("operating", vars("amount", plain(amount.get()))).ifPresent(sentences::add);
        Numbers.amountOf(d.operatingFunds().priorYear()).flatMap(p -> change("operating.change", amount.get(), p)).ifPresent(sentences::add);
        paragraph(sentences, reasons(HumanText.headingWith(new String[] {"机关运行经费"})));
    }

    private void generalExpenses(Disclosures d) {
        if (d.generalExpenses() == null) return;
        Optional<String> s = t.fill("general-expenses", vars("meetings", amountText(d.generalExpenses().meetings()),
                "training", amountText(d.generalExpenses().training())));
        if (s.isEmpty()) return;
        chapter("heading.general-expenses");
        paragraph(List.of(s.get()), reasons(HumanText.headingWith(new String[] {"一般性支出"})));
    }

    private void procurement(Disclosures d) {
        var p = d.procurement();
        if (p == null) return;
        Optional<BigDecimal> total = Numbers.amountOf(p.total()).filter(x -> !p.total().isBlank());
        if (total.isEmpty()) return;
        chapter("heading.procurement");
        List<String> sentences = new ArrayList<>();
        t.fill("procurement", vars("total", plain(total.get()), "goods", amountText(p.goods()), "works", amountText(p.works()),
                "services", amountText(p.services()))).ifPresent(sentences::add);
        Optional<BigDecimal> sme = Numbers.amountOf(p.smeAmount()).filter(x -> !p.smeAmount().isBlank());
        Optional<BigDecimal> small = Numbers.amountOf(p.smallMicroAmount()).filter(x -> !p.smallMicroAmount().isBlank());
        if (sme.isPresent() && small.isPresent()) {
            t.fill("procurement.sme", vars("sme", plain(sme.get()), "smeShare", share(sme.get(), total.get()).orElse(null),
                    "small", plain(small.get()), "smallShare", share(small.get(), total.get()).orElse(null))).ifPresent(sentences::add);
        }
        paragraph(sentences, reasons(HumanText.headingWith(new String[] {"政府采购"})));
    }

    private void assets(Disclosures d) {
        Assets a = d.assets();
        if (a == null) return;
        List<String> sentences = new ArrayList<>();
        String total = count(a.vehiclesTotal());
        List<String> parts = new ArrayList<>();
        for (String[] use : VEHICLE_USES) {
            String c = count(a.vehiclesByUse().get(use[0]));
            if (c != null) t.fill("assets.part", vars("name", use[1], "count", c)).ifPresent(parts::add);
        }
        if (total != null && !parts.isEmpty()) t.fill("assets", vars("total", total, "parts", String.join("、", parts))).ifPresent(sentences::add);
        t.fill("assets.equipment", vars("general", count(a.generalEquipmentOver50()), "special", count(a.specialEquipmentOver100())))
                .ifPresent(sentences::add);
        if (sentences.isEmpty()) return;
        chapter("heading.assets");
        paragraph(sentences, Reasons.NONE);
    }

    /** A section only a person writes: its text and subsections copied from the report. */
    private void copied(String headingKey, String[] words) {
        List<Section> source = human.subtree(HumanText.headingWith(words, "三公", "支出决算", "收入决算"));
        if (source.isEmpty()) return;
        chapter(headingKey);
        int base = source.get(0).level();
        List<String> texts = new ArrayList<>();
        for (Paragraph p : source.get(0).paragraphs()) {
            out.add(Block.Text.body(p.text()));
            texts.add(p.text());
        }
        for (Section s : source.subList(1, source.size())) {
            if (s.heading() != null) out.add(new Block.Heading(1 + s.level() - base + 1, (s.numbering() == null ? "" : s.numbering()) + s.heading()));
            for (Paragraph p : s.paragraphs()) {
                out.add(Block.Text.body(p.text()));
                texts.add(p.text());
            }
        }
        drafted.add(new Drafted(currentHeadings(), List.of(), List.copyOf(texts), List.copyOf(source), true));
    }

    // ---- helpers ----

    private void chapter(String key) {
        String text = CHINESE[chapter++] + "、" + t.fill(key, vars()).orElse(key);
        out.add(new Block.Heading(2, text));
        headings[0] = text;
        headings[1] = null;
        headings[2] = null;
    }

    private void section(int n, String key) {
        String text = "（" + CHINESE[n - 1] + "）" + t.fill(key, vars()).orElse(key);
        out.add(new Block.Heading(3, text));
        headings[1] = text;
        headings[2] = null;
    }

    private void paragraph(List<String> sentences, Reasons reasons) {
        List<String> all = new ArrayList<>(sentences);
        all.addAll(reasons.clauses());
        if (!all.isEmpty()) out.add(Block.Text.body(String.join("", all)));
        if (!sentences.isEmpty() || !reasons.sections().isEmpty()) {
            drafted.add(new Drafted(currentHeadings(), List.copyOf(sentences), List.copyOf(reasons.clauses()), List.copyOf(reasons.sections()), false));
        }
    }

    private List<String> currentHeadings() {
        List<String> h = new ArrayList<>();
        for (String x : headings) if (x != null) h.add(x);
        return List.copyOf(h);
    }

    private Reasons reasons(java.util.function.Predicate<String> heading) {
        List<Section> tree = human.subtree(heading);
        return tree.isEmpty() ? Reasons.NONE : Reasons.of(List.of(tree.get(0)));
    }

    private static List<Section> matching(List<Section> tree, String word) {
        return tree.stream().filter(s -> s.heading() != null && s.heading().contains(word)).toList();
    }

    private Optional<StatementTable> table(TableKind kind) {
        return accounts.table(kind);
    }

    /** A stated amount of a row and column; absent when the row or cell is not stated or is not an amount. */
    private static Optional<BigDecimal> amount(StatementTable table, String row, String column) {
        return table.row(row).flatMap(r -> Optional.ofNullable(r.cells().get(column))).flatMap(Numbers::amountOf);
    }

    private static String amountText(StatementTable table, String row, String column) {
        return amount(table, row, column).map(NarrativeDrafter::plain).orElse(null);
    }

    private static String amountText(Figure f) {
        if (f == null) return null;
        return Numbers.amountOf(f).map(NarrativeDrafter::plain).orElse(null);
    }

    private static String count(Figure f) {
        if (f == null) return null;
        return Numbers.numberOf(f).map(BigDecimal::toPlainString).orElse(null);
    }

    private static String plain(BigDecimal v) {
        return Numbers.plain(v);
    }

    private static Optional<String> share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? Optional.empty() : Optional.of(Numbers.percent(part, whole));
    }

    private static String comparison(BigDecimal actual, BigDecimal base) {
        int c = actual.compareTo(base);
        return c > 0 ? "大于" : c < 0 ? "小于" : "等于";
    }

    /** 与上年相比 sentence: direction words follow the sign; over a zero base there is no rate, so no sentence. */
    private Optional<String> change(String key, BigDecimal current, BigDecimal prior) {
        if (prior.signum() == 0) return Optional.empty();
        BigDecimal delta = current.subtract(prior);
        return t.fill(key, vars("direction", delta.signum() >= 0 ? "增加" : "减少", "delta", plain(delta.abs()),
                "trend", delta.signum() >= 0 ? "增长" : "下降", "rate", Numbers.percent(delta.abs(), prior)));
    }

    private String items(StatementTable detail, boolean personnel) {
        List<String> names = new ArrayList<>();
        for (TableRow r : detail.rows()) {
            if (!r.isCode() || r.key().length() != 5 || r.name() == null) continue;
            boolean isPersonnel = r.key().startsWith("301") || r.key().startsWith("303");
            if (isPersonnel != personnel) continue;
            if (amount(detail, r.key(), "amount").map(a -> a.signum() != 0).orElse(false)) names.add(r.name());
        }
        return names.isEmpty() ? null : String.join("、", names);
    }

    private static String className(String name) {
        if (name == null) return null;
        return name.replaceFirst("^[一二三四五六七八九十]+、", "").replaceFirst("支出$", "");
    }

    private Map<String, String> vars(String... kv) {
        Map<String, String> m = new HashMap<>();
        m.put("year", year);
        m.put("unit", unit);
        for (int i = 0; i + 1 < kv.length; i += 2) if (kv[i + 1] != null) m.put(kv[i], kv[i + 1]);
        return m;
    }
}
