package org.jixiao.server.rollup;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;
import org.jixiao.report.domain.Disclosures;
import org.jixiao.report.domain.FinalAccounts;
import org.jixiao.report.domain.Report;
import org.jixiao.report.domain.StatementTable;
import org.jixiao.report.domain.TableKind;
import org.jixiao.shared.Amount;
import org.jixiao.shared.Figure;

/**
 * The key figures (万元) of one report version that roll-ups add up: 本年收入合计 and 本年支出合计 (公开01表), 基本支出 and
 * 项目支出 (公开03表), 一般公共预算财政拨款支出 (公开05表 合计), "三公"经费决算 (公开07表 合计), 机关运行经费 and 政府采购总额
 * (disclosures). A figure the report does not state (or states as something other than an amount) is {@code null}.
 */
public record KeyFigures(BigDecimal incomeTotal, BigDecimal expenditureTotal, BigDecimal basicTotal, BigDecimal projectTotal,
        BigDecimal fiscalTotal, BigDecimal threePublicTotal, BigDecimal operatingFunds, BigDecimal procurementTotal) {

    public static final KeyFigures NONE = new KeyFigures(null, null, null, null, null, null, null, null);

    /** Reads the figures from the canonical model. */
    public static KeyFigures of(Report report) {
        FinalAccounts accounts = report.finalAccounts();
        if (accounts == null) return NONE;
        Disclosures disclosures = accounts.disclosures();
        return new KeyFigures(
                cell(accounts, TableKind.INCOME_EXPENDITURE_SUMMARY, "income.total", "amount"),
                cell(accounts, TableKind.INCOME_EXPENDITURE_SUMMARY, "expenditure.total", "amount"),
                cell(accounts, TableKind.EXPENDITURE, "total", "basic"),
                cell(accounts, TableKind.EXPENDITURE, "total", "project"),
                cell(accounts, TableKind.GENERAL_BUDGET_EXPENDITURE, "total", "total"),
                cell(accounts, TableKind.THREE_PUBLIC_COSTS, "total", "actual"),
                disclosure(disclosures, d -> d.operatingFunds() == null ? null : d.operatingFunds().amount()),
                disclosure(disclosures, d -> d.procurement() == null ? null : d.procurement().total()));
    }

    private static BigDecimal cell(FinalAccounts accounts, TableKind kind, String row, String column) {
        Optional<StatementTable> table = accounts.table(kind);
        return table.flatMap(t -> t.row(row)).flatMap(r -> r.cell(column)).map(KeyFigures::amount).orElse(null);
    }

    private static BigDecimal disclosure(Disclosures disclosures, Function<Disclosures, Figure> figure) {
        return disclosures == null ? null : amount(figure.apply(disclosures));
    }

    private static BigDecimal amount(Figure figure) {
        if (figure == null) return null;
        return figure.amount().map(Amount::wanYuan).map(v -> v.setScale(2, java.math.RoundingMode.HALF_UP)).orElse(null);
    }

    /** The sum of two figure sets; a figure absent on one side counts as zero there, absent on both stays absent. */
    public KeyFigures plus(KeyFigures o) {
        return new KeyFigures(add(incomeTotal, o.incomeTotal), add(expenditureTotal, o.expenditureTotal), add(basicTotal, o.basicTotal),
                add(projectTotal, o.projectTotal), add(fiscalTotal, o.fiscalTotal), add(threePublicTotal, o.threePublicTotal),
                add(operatingFunds, o.operatingFunds), add(procurementTotal, o.procurementTotal));
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }
}
