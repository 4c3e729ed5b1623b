package org.jixiao.performance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jixiao.accounts.Identity;
import org.jixiao.accounts.Operand;
import org.jixiao.report.domain.FundRow;
import org.jixiao.report.domain.PerformanceSheet;
import org.jixiao.report.domain.Report;
import org.jixiao.rules.CheckContext;
import org.jixiao.rules.RuleKind;
import org.jixiao.rules.RuleParameters;
import org.jixiao.rules.Violation;
import org.jixiao.shared.Figure;

/**
 * {@code fund-sources}: in a 自评表's 资金情况, the 合计 row equals the sum of the source rows ({@code sources},
 * default 当年财政拨款 + 上年结转 + 其他资金) in each of 年初预算数, 全年预算数, 全年执行数. A column in
 * which no source row states anything is not checked (many sheets fill only the 合计 row's 执行数).
 */
final class FundSourcesKind implements RuleKind {

    private static final List<String> COLUMNS = List.of("initialBudget", "fullYearBudget", "executed");

    @Override
    public String name() {
        return "fund-sources";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("sheets", "sources");
    }

    @Override
    public Set<String> messageValues() {
        return Set.of("total", "terms", "difference");
    }

    @Override
    public List<Violation> check(Report report, RuleParameters p, CheckContext context) {
        List<String> sources = p.list("sources").isEmpty() ? List.of("current-fiscal", "carried-over", "other") : p.list("sources");
        List<Violation> out = new ArrayList<>();
        for (PerformanceSheet sheet : Sheets.selected(report, p)) {
            if (sheet.funds() == null) continue;
            Optional<FundRow> total = sheet.funds().row("total");
            List<FundRow> rows = sheet.funds().rows().stream().filter(r -> sources.contains(r.key())).toList();
            if (total.isEmpty() || rows.isEmpty()) continue;
            for (String column : COLUMNS) {
                Function<FundRow, Figure> get = column(column);
                if (get.apply(total.get()) == null || get.apply(total.get()).isBlank()) continue;
                if (rows.stream().allMatch(r -> get.apply(r) == null || get.apply(r).isBlank())) continue;
                Operand t = Sheets.operand(sheet, label(total.get()), columnLabel(column), get.apply(total.get()), total.get().at());
                List<Operand> terms = rows.stream().map(r -> Sheets.operand(sheet, label(r), columnLabel(column), get.apply(r), r.at())).toList();
                Identity.check(t, terms, Identity.Relation.EQUAL, false).ifPresent(out::add);
            }
        }
        return out;
    }

    private static String label(FundRow r) {
        return r.label() != null ? r.label() : r.key();
    }

    static Function<FundRow, Figure> column(String column) {
        return switch (column) {
            case "initialBudget" -> FundRow::initialBudget;
            case "fullYearBudget" -> FundRow::fullYearBudget;
            default -> FundRow::executed;
        };
    }

    static String columnLabel(String column) {
        return switch (column) {
            case "initialBudget" -> "年初预算数";
            case "fullYearBudget" -> "全年预算数";
            default -> "全年执行数";
        };
    }
}
