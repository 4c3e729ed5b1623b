package org.jixiao.synthetic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.codes.YearCodeLists;

/**
 * The numbers of one synthetic report, in 分, before they are written out: the 项 rows with their fiscal and
 * non-fiscal parts, balances, the 经济分类 detail, 三公, disclosures, headcount and projects. Every table,
 * sheet and sentence is derived from these, which is what makes the report consistent.
 */
final class Ledger {

    /** Where a 项's non-fiscal money comes from. */
    enum Source { NONE, BUSINESS, OTHER }

    /** One 功能分类 项: basic or project spending, fiscal part, non-fiscal part, and its 年初预算 (fiscal). */
    record Item(String code, boolean basic, long fiscal, long nonFiscal, Source source, long initialBudget) {
        long total() {
            return fiscal + nonFiscal;
        }
    }

    /** A project (专项) evaluated by a 项目支出自评表: one project 项, its 年初预算, 全年预算 and 执行数. */
    record Project(String name, Item item, long initialBudget, long fullYearBudget) {
        long executed() {
            return item.total();
        }

        boolean fiscal() {
            return item.source() == Source.NONE;
        }
    }

    final int year;
    final UnitIdentity unit;
    final YearCodeLists codes;
    final List<Item> items = new ArrayList<>();
    final List<Project> projects = new ArrayList<>();
    final Map<String, Long> economic = new LinkedHashMap<>();
    long opening;
    long closing;
    long basicUnspent;

    long abroadBudget, abroad, abroadPrior;
    long purchaseBudget, purchase, purchasePrior;
    long runningBudget, running, runningPrior;
    long receptionBudget, reception, receptionPrior;
    int abroadGroups, abroadPersons, receptionGroups, receptionPersons, vehiclesPurchased;
    final Map<String, Integer> vehiclesByUse = new LinkedHashMap<>();
    int generalEquipment, specialEquipment;

    long priorGrandTotal, priorFiscalGrandTotal, priorGeneral, priorOperating;
    long meetings, training;
    int meetingCount, trainingCount;
    long goods, works, services, sme, smallMicro;
    int establishment, active, cadres, retired;

    Ledger(int year, UnitIdentity unit, YearCodeLists codes) {
        this.year = year;
        this.unit = unit;
        this.codes = codes;
    }

    long fiscalBasic() {
        return items.stream().filter(Item::basic).mapToLong(Item::fiscal).sum();
    }

    long fiscalProject() {
        return items.stream().filter(i -> !i.basic()).mapToLong(Item::fiscal).sum();
    }

    long fiscal() {
        return fiscalBasic() + fiscalProject();
    }

    long basic() {
        return items.stream().filter(Item::basic).mapToLong(Item::total).sum();
    }

    long project() {
        return items.stream().filter(i -> !i.basic()).mapToLong(Item::total).sum();
    }

    long expenditure() {
        return basic() + project();
    }

    long nonFiscal(Source source) {
        return items.stream().filter(i -> i.source() == source).mapToLong(Item::nonFiscal).sum();
    }

    long fiscalIncome() {
        return fiscal() + closing - opening;
    }

    long income() {
        return fiscalIncome() + nonFiscal(Source.BUSINESS) + nonFiscal(Source.OTHER);
    }

    long grandTotal() {
        return income() + opening;
    }

    long fiscalGrandTotal() {
        return fiscalIncome() + opening;
    }

    long initialBudget() {
        return items.stream().filter(i -> i.fiscal() > 0).mapToLong(Item::initialBudget).sum();
    }

    long economic(String prefix) {
        return economic.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).mapToLong(Map.Entry::getValue).sum();
    }

    long personnel() {
        return economic("301") + economic("303");
    }

    long publicFunds() {
        return economic("302") + economic("307") + economic("310") + economic("399");
    }

    long threePublic() {
        return abroad + purchase + running + reception;
    }

    long threePublicBudget() {
        return abroadBudget + purchaseBudget + runningBudget + receptionBudget;
    }

    long threePublicPrior() {
        return abroadPrior + purchasePrior + runningPrior + receptionPrior;
    }

    long procurement() {
        return goods + works + services;
    }

    int vehicles() {
        return vehiclesByUse.values().stream().mapToInt(Integer::intValue).sum();
    }

    String name(String functionCode) {
        return codes.functional().nameOf(functionCode).orElseThrow();
    }
}
