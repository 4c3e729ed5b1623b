package org.jixiao.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jixiao.codes.YearCodeLists;

/**
 * Draws the numbers of a synthetic report bottom-up (docs/synthetic-data.md): total spending 200–5,000 万元
 * (log-uniform), 基本支出 35–80 % of it, 人员经费 60–85 % of the fiscal 基本支出, 三公 0.5–5 % of spending
 * capped by 公用经费, one to four projects, opening and closing balances now and then, and a prior year.
 */
final class LedgerPlanner {

    private static final String[] PERSONNEL = {"30101", "30102", "30103", "30107", "30108", "30109", "30110", "30111", "30113", "30199", "30302", "30305"};
    private static final String[] PUBLIC = {"30201", "30202", "30205", "30206", "30207", "30211", "30213", "30226", "30228", "30229", "30299"};
    private static final String[] USES = {"leaders", "confidential", "emergency", "law-enforcement", "special", "other"};

    private final SplittableRandom random;
    private final Ledger ledger;

    LedgerPlanner(SplittableRandom random, int year, UnitIdentity unit, YearCodeLists codes) {
        this.random = random;
        this.ledger = new Ledger(year, unit, codes);
    }

    Ledger plan() {
        long total = Money.round(Math.exp(uniform(Math.log(200), Math.log(5000))));
        long basic = Math.round(total * uniform(0.35, 0.80));
        long project = total - basic;
        long business = ledger.unit.publicService() && random.nextDouble() < 0.5 ? Math.round(basic * uniform(0.05, 0.2)) : 0;
        planBasic(basic - business, business);
        planProjects(project);
        if (random.nextDouble() < 0.3) ledger.opening = Math.round(total * uniform(0.01, 0.08));
        if (random.nextDouble() < 0.4) ledger.closing = Math.round(total * uniform(0.01, 0.06));
        planEconomic(total);
        planDisclosures(total);
        planStaff();
        ledger.priorGrandTotal = differentFrom(ledger.grandTotal());
        ledger.priorFiscalGrandTotal = differentFrom(ledger.fiscalGrandTotal());
        ledger.priorGeneral = differentFrom(ledger.fiscal());
        ledger.priorOperating = differentFrom(ledger.publicFunds());
        return ledger;
    }

    private void planBasic(long fiscalBasic, long business) {
        String section = section();
        String main = code(section + (ledger.unit.publicService() ? "50" : "01"), section + "01");
        List<String> codes = new ArrayList<>(List.of(main, "2080505"));
        List<Double> weights = new ArrayList<>(List.of(uniform(0.7, 0.8), uniform(0.07, 0.1)));
        if (random.nextDouble() < 0.6) {
            codes.add("2080506");
            weights.add(uniform(0.02, 0.04));
        }
        codes.add(ledger.unit.publicService() ? "2101102" : "2101101");
        weights.add(uniform(0.03, 0.05));
        codes.add("2210201");
        weights.add(uniform(0.05, 0.08));
        long[] parts = split(fiscalBasic, weights);
        for (int i = 0; i < codes.size(); i++) {
            long nonFiscal = i == 0 ? business : 0;
            ledger.items.add(new Ledger.Item(codes.get(i), true, parts[i], nonFiscal, nonFiscal > 0 ? Ledger.Source.BUSINESS : Ledger.Source.NONE,
                    budgetFor(parts[i], true)));
        }
    }

    private void planProjects(long project) {
        String section = section();
        List<String> candidates = new ArrayList<>();
        if (exists(section + "02")) candidates.add(section + "02");
        if (exists(section + "99")) candidates.add(section + "99");
        if (random.nextDouble() < 0.4 && exists("2120199")) candidates.add("2120199");
        if (candidates.isEmpty()) candidates.add("2010302");
        int n = 1 + random.nextInt(Math.min(3, candidates.size()));
        List<String> codes = new ArrayList<>(candidates.subList(0, n));
        boolean other = n < 4 && random.nextDouble() < 0.35 && exists("2299999");
        if (other) codes.add("2299999");
        List<Double> weights = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) weights.add(codes.get(i).equals("2299999") ? uniform(0.03, 0.12) : uniform(0.3, 1.0));
        long[] parts = split(project, weights);
        List<String> names = new ArrayList<>(List.of("业务工作经费", "专项工作经费", "信息化建设经费", "机关运转保障经费", "综合管理经费"));
        for (int i = 0; i < codes.size(); i++) {
            boolean nonFiscal = codes.get(i).equals("2299999");
            Ledger.Item item = new Ledger.Item(codes.get(i), false, nonFiscal ? 0 : parts[i], nonFiscal ? parts[i] : 0,
                    nonFiscal ? Ledger.Source.OTHER : Ledger.Source.NONE, nonFiscal ? 0 : budgetFor(parts[i], false));
            ledger.items.add(item);
            String name = nonFiscal ? "自有资金安排项目经费" : names.remove(random.nextInt(names.size()));
            long unspent = nonFiscal ? 0 : Math.round(parts[i] * uniform(0, 0.06));
            ledger.projects.add(new Ledger.Project(name, item, item.initialBudget(), parts[i] + unspent));
        }
        ledger.basicUnspent = Math.round(ledger.fiscalBasic() * uniform(0, 0.03));
    }

    private long budgetFor(long actual, boolean basic) {
        if (!basic && random.nextDouble() < 0.2) return 0;
        double r = random.nextDouble();
        if (r < 0.08) return actual;
        long budget = basic ? Math.round(actual * uniform(0.9, 1.05)) : Math.round(actual * uniform(0.7, 1.1));
        return random.nextBoolean() ? budget / 100 * 100 : budget;
    }

    private void planEconomic(long total) {
        long fiscalBasic = ledger.fiscalBasic();
        long personnel = Math.round(fiscalBasic * uniform(0.60, 0.85));
        long publicFunds = fiscalBasic - personnel;
        long pool = Math.min(Math.round(total * uniform(0.005, 0.05)), Math.round(publicFunds * 0.45));
        if (random.nextDouble() < 0.1) ledger.abroad = Math.round(pool * uniform(0.1, 0.3));
        if (random.nextDouble() < 0.15) ledger.purchase = Math.round(pool * uniform(0.3, 0.5));
        if (random.nextDouble() < 0.9) ledger.reception = Math.round(pool * uniform(0.1, 0.3));
        ledger.running = pool - ledger.abroad - ledger.purchase - ledger.reception;
        ledger.meetings = Math.round(publicFunds * uniform(0.01, 0.05));
        ledger.training = Math.round(publicFunds * uniform(0.01, 0.04));
        List<String> personnelCodes = present(PERSONNEL);
        long[] p = split(personnel, weights(personnelCodes.size()));
        for (int i = 0; i < p.length; i++) ledger.economic.put(personnelCodes.get(i), p[i]);
        ledger.economic.put("30212", ledger.abroad);
        ledger.economic.put("30215", ledger.meetings);
        ledger.economic.put("30216", ledger.training);
        ledger.economic.put("30217", ledger.reception);
        ledger.economic.put("30231", ledger.running);
        long rest = publicFunds - ledger.abroad - ledger.meetings - ledger.training - ledger.reception - ledger.running - ledger.purchase;
        List<String> publicCodes = present(PUBLIC);
        long[] q = split(rest, weights(publicCodes.size()));
        for (int i = 0; i < q.length; i++) ledger.economic.put(publicCodes.get(i), q[i]);
        ledger.economic.put("31013", ledger.purchase);
        ledger.economic.values().removeIf(v -> v == 0);
        ledger.abroadBudget = budgetAbove(ledger.abroad);
        ledger.purchaseBudget = budgetAbove(ledger.purchase);
        ledger.runningBudget = budgetAbove(ledger.running);
        ledger.receptionBudget = budgetAbove(ledger.reception);
        ledger.abroadPrior = priorOf(ledger.abroad);
        ledger.purchasePrior = priorOf(ledger.purchase);
        ledger.runningPrior = priorOf(ledger.running);
        ledger.receptionPrior = priorOf(ledger.reception);
    }

    private void planDisclosures(long total) {
        if (ledger.abroad > 0) {
            ledger.abroadGroups = 1 + random.nextInt(2);
            ledger.abroadPersons = ledger.abroadGroups * (2 + random.nextInt(4));
        }
        if (ledger.reception > 0) {
            ledger.receptionGroups = 3 + random.nextInt(60);
            ledger.receptionPersons = ledger.receptionGroups * (3 + random.nextInt(6));
        }
        ledger.vehiclesPurchased = ledger.purchase > 0 ? 1 : 0;
        int vehicles = 1 + random.nextInt(8);
        for (String use : USES) ledger.vehiclesByUse.put(use, 0);
        for (int i = 0; i < vehicles; i++) ledger.vehiclesByUse.merge(USES[random.nextInt(USES.length)], 1, Integer::sum);
        ledger.generalEquipment = random.nextInt(3);
        ledger.specialEquipment = random.nextDouble() < 0.2 ? 1 : 0;
        ledger.meetingCount = ledger.meetings > 0 ? 1 + random.nextInt(12) : 0;
        ledger.trainingCount = ledger.training > 0 ? 1 + random.nextInt(8) : 0;
        if (random.nextDouble() < 0.85) {
            long procurement = Math.round(total * uniform(0.03, 0.3));
            ledger.works = random.nextDouble() < 0.4 ? Math.round(procurement * uniform(0.1, 0.4)) : 0;
            ledger.services = Math.round((procurement - ledger.works) * uniform(0.1, 0.6));
            ledger.goods = procurement - ledger.works - ledger.services;
            ledger.sme = Math.round(procurement * uniform(0.6, 1.0));
            ledger.smallMicro = Math.round(ledger.sme * uniform(0.5, 1.0));
        }
    }

    private void planStaff() {
        double perPerson = uniform(12, 25) * 100;
        ledger.active = (int) Math.max(3, Math.round(ledger.personnel() / perPerson));
        ledger.establishment = ledger.active + random.nextInt(6);
        ledger.cadres = random.nextDouble() < 0.2 ? 1 + random.nextInt(2) : 0;
        ledger.retired = random.nextInt(Math.max(1, ledger.active * 6 / 10));
    }

    private long budgetAbove(long actual) {
        if (actual == 0) return 0;
        return random.nextDouble() < 0.1 ? actual : Math.round(actual * uniform(1.0, 1.3)) / 100 * 100 + 100;
    }

    private long priorOf(long current) {
        return current == 0 ? 0 : differentFrom(current);
    }

    private long differentFrom(long current) {
        long prior = Math.round(current * uniform(0.75, 1.25));
        return prior == current ? prior + 137 : prior;
    }

    private String section() {
        String s = ledger.unit.functionSection();
        return exists(s + "01") || exists(s + "50") ? s : "20103";
    }

    private String code(String preferred, String fallback) {
        return exists(preferred) ? preferred : fallback;
    }

    private boolean exists(String code) {
        return ledger.codes.functional().contains(code);
    }

    private List<String> present(String[] codes) {
        List<String> out = new ArrayList<>();
        for (String c : codes) if (ledger.codes.economic().contains(c)) out.add(c);
        return out;
    }

    private List<Double> weights(int n) {
        List<Double> w = new ArrayList<>();
        for (int i = 0; i < n; i++) w.add(uniform(0.2, 1.0));
        return w;
    }

    /** Splits {@code total} by weights into parts that add up exactly (the last takes the remainder). */
    private static long[] split(long total, List<Double> weights) {
        double sum = weights.stream().mapToDouble(Double::doubleValue).sum();
        long[] parts = new long[weights.size()];
        long used = 0;
        for (int i = 0; i < parts.length - 1; i++) {
            parts[i] = Math.round(total * weights.get(i) / sum);
            used += parts[i];
        }
        parts[parts.length - 1] = total - used;
        return parts;
    }

    private double uniform(double low, double high) {
        return low + (high - low) * random.nextDouble();
    }
}
