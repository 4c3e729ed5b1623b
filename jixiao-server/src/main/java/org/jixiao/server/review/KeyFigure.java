package org.jixiao.server.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jixiao.accounts.FigureRef;
import org.jixiao.accounts.Operand;
import org.jixiao.report.domain.Disclosures;
import org.jixiao.report.domain.OperatingFunds;
import org.jixiao.report.domain.PerformanceSheet;
import org.jixiao.report.domain.Report;
import org.jixiao.report.domain.SheetKind;
import org.jixiao.shared.Amount;
import org.jixiao.shared.Figure;
import org.jixiao.shared.StatedNumber;

/**
 * A figure the reviewer compares between reports: read from the canonical model (table cells through jixiao-core's
 * {@link FigureRef}, the other parts from the domain records), as a number, or as text for the 等级.
 * A figure the report does not state reads as empty, never as zero.
 */
public enum KeyFigure {
    INCOME_TOTAL("收入合计", "万元", cell("T:INCOME_EXPENDITURE_SUMMARY|income.total|amount", "T:INCOME|total|total")),
    EXPENDITURE_TOTAL("支出合计", "万元", cell("T:INCOME_EXPENDITURE_SUMMARY|expenditure.total|amount", "T:EXPENDITURE|total|total")),
    BASIC("基本支出", "万元", cell("T:EXPENDITURE|total|basic")),
    PROJECT("项目支出", "万元", cell("T:EXPENDITURE|total|project")),
    THREE_PUBLIC_TOTAL("“三公”经费合计", "万元", cell("T:THREE_PUBLIC_COSTS|total|actual")),
    ABROAD("因公出国（境）费", "万元", cell("T:THREE_PUBLIC_COSTS|abroad|actual")),
    VEHICLE_PURCHASE("公务用车购置费", "万元", cell("T:THREE_PUBLIC_COSTS|vehicle-purchase|actual")),
    VEHICLE_RUNNING("公务用车运行费", "万元", cell("T:THREE_PUBLIC_COSTS|vehicle-running|actual")),
    RECEPTION("公务接待费", "万元", cell("T:THREE_PUBLIC_COSTS|reception|actual")),
    OPERATING_FUNDS("机关运行经费", "万元", report -> amount(report.finalAccountsPart().map(f -> f.disclosures())
            .map(Disclosures::operatingFunds).map(OperatingFunds::amount))),
    SELF_EVALUATION_SCORE("自评总分", "分", report -> number(whole(report).map(PerformanceSheet::totalScore))),
    SELF_EVALUATION_GRADE("自评等级", "", null);

    private final String label;
    private final String unit;
    private final Function<Report, Optional<BigDecimal>> reader;

    KeyFigure(String label, String unit, Function<Report, Optional<BigDecimal>> reader) {
        this.label = label;
        this.unit = unit;
        this.reader = reader;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    /** Whether the figure is text (the 等级) rather than a number. */
    public boolean textual() {
        return reader == null;
    }

    /** The figure as a number; empty when the report does not state it or states something that is not a number. */
    public Optional<BigDecimal> value(Report report) {
        return reader == null ? Optional.empty() : reader.apply(report);
    }

    /** The figure as shown: the number with two decimals for amounts, the 等级 as written, empty when not stated. */
    public Optional<String> text(Report report) {
        if (reader == null) return whole(report).map(PerformanceSheet::grade).map(Figure::text).filter(t -> !t.isBlank());
        return value(report).map(BigDecimal::toPlainString);
    }

    private static Optional<PerformanceSheet> whole(Report report) {
        return report.selfEvaluationPart().flatMap(s -> s.sheets().stream().filter(sh -> sh.kind() == SheetKind.WHOLE).findFirst());
    }

    /** The first reference that the report states; a cell stated blank reads 0.00 as the templates mean it. */
    private static Function<Report, Optional<BigDecimal>> cell(String... refs) {
        return report -> {
            for (String ref : refs) {
                Optional<List<Operand>> operands = FigureRef.parse(ref).resolve(report);
                if (operands.isPresent() && operands.get().size() == 1) {
                    Optional<BigDecimal> value = operands.get().get(0).amount().map(Amount::wanYuan);
                    if (value.isPresent()) return value;
                }
            }
            return Optional.empty();
        };
    }

    private static Optional<BigDecimal> amount(Optional<Figure> figure) {
        return figure.filter(f -> !f.isBlank()).flatMap(Figure::amount).map(Amount::wanYuan);
    }

    private static Optional<BigDecimal> number(Optional<Figure> figure) {
        return figure.filter(f -> !f.isBlank()).flatMap(Figure::number).filter(n -> !n.percent()).map(StatedNumber::value);
    }
}
