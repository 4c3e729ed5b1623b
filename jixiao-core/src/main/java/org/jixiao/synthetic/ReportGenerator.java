package org.jixiao.synthetic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jixiao.codes.CodeLists;
import org.jixiao.report.domain.Assets;
import org.jixiao.report.domain.Disclosures;
import org.jixiao.report.domain.DocumentKind;
import org.jixiao.report.domain.FinalAccounts;
import org.jixiao.report.domain.GeneralExpenses;
import org.jixiao.report.domain.OperatingFunds;
import org.jixiao.report.domain.Procurement;
import org.jixiao.report.domain.Report;
import org.jixiao.report.domain.ReportHeader;
import org.jixiao.report.domain.SelfEvaluation;
import org.jixiao.report.domain.ThreePublicActivity;
import org.jixiao.report.domain.UnitProfile;
import org.jixiao.shared.Figure;

/**
 * Generates a complete, internally consistent synthetic report (合成报告) for a unit and fiscal year from a seed:
 * the nine tables in the 2021 layout with the year's code lists, disclosures, 单位概况, the 整体 and 项目支出
 * 自评表s, the 基础数据表 and the narrative. The same seed, unit and year always give the same report.
 */
public final class ReportGenerator {

    private final CodeLists codeLists;

    public ReportGenerator() {
        this(CodeLists.bundled());
    }

    public ReportGenerator(CodeLists codeLists) {
        this.codeLists = codeLists;
    }

    public Report generate(long seed, UnitIdentity unit, int fiscalYear) {
        SplittableRandom random = new SplittableRandom(seed * 31 + fiscalYear);
        Ledger ledger = new LedgerPlanner(random.split(), fiscalYear, unit, codeLists.forYear(fiscalYear)).plan();
        SelfEvaluationWriter evaluation = new SelfEvaluationWriter(ledger, random.split());
        SelfEvaluation selfEvaluation = evaluation.selfEvaluation();
        var narrative = new NarrativeWriter(ledger, new Templates(random.split()), evaluation,
                new NarrativeWriter.Style(random.nextDouble() < 0.3, random.nextDouble() < 0.2 ? 1 : 2, random.nextDouble() < 0.3)).narrative();
        FinalAccounts accounts = new FinalAccounts(new TableWriter(ledger).tables(), disclosures(ledger));
        ReportHeader header = new ReportHeader(unit.name(), unit.code(), fiscalYear, unit.region(),
                List.of(DocumentKind.FINAL_ACCOUNTS, DocumentKind.SELF_EVALUATION));
        return new Report(Report.FORMAT_VERSION, header, null, profile(ledger), accounts, selfEvaluation, narrative);
    }

    private static UnitProfile profile(Ledger l) {
        return new UnitProfile(l.unit.name(), l.unit.publicService() ? "事业单位" : "行政单位",
                List.of("贯彻执行国家和省、市有关方针政策和法律法规。", "承担本级相关业务的管理和服务工作。", "完成区委、区政府交办的其他工作。"),
                l.unit.offices(), count(l.unit.offices().size()), List.of(), count(l.establishment), count(l.active + l.cadres + l.retired),
                count(l.active), count(l.cadres), count(l.retired));
    }

    private static Disclosures disclosures(Ledger l) {
        ThreePublicActivity activity = new ThreePublicActivity(count(l.abroadGroups), count(l.abroadPersons), count(l.receptionGroups),
                count(l.receptionPersons), count(l.vehiclesPurchased), count(l.vehicles()));
        long delta = l.publicFunds() - l.priorOperating;
        OperatingFunds operating = new OperatingFunds(money(l.publicFunds()), money(l.priorOperating), money(Math.abs(delta)),
                Figure.of(Money.percent(Math.abs(delta), l.priorOperating) + "%"));
        GeneralExpenses general = new GeneralExpenses(money(l.meetings), count(l.meetingCount), money(l.training), count(l.trainingCount));
        long total = l.procurement();
        Procurement procurement = new Procurement(money(total), money(l.goods), money(l.works), money(l.services), money(l.sme),
                total == 0 ? null : Figure.of(Money.percent(l.sme, total) + "%"), money(l.smallMicro),
                total == 0 ? null : Figure.of(Money.percent(l.smallMicro, total) + "%"));
        Map<String, Figure> byUse = new LinkedHashMap<>();
        l.vehiclesByUse.forEach((use, n) -> byUse.put(use, count(n)));
        Assets assets = new Assets(count(l.vehicles()), byUse, count(l.generalEquipment), count(l.specialEquipment));
        return new Disclosures(activity, operating, general, procurement, assets);
    }

    private static Figure money(long cents) {
        return Figure.of(Money.format(cents));
    }

    private static Figure count(int n) {
        return Figure.of(String.valueOf(n));
    }
}
