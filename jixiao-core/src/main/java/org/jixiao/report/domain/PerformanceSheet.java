package org.jixiao.report.domain;

import java.util.List;
import java.util.Objects;
import org.jixiao.shared.Figure;
import org.jixiao.shared.Provenance;

/**
 * A 自评表 (整体支出 or 项目支出): fund block (资金情况), 年度总体目标 (expected vs achieved, as text), the
 * weights stated for each 一级指标 (e.g. 产出指标（50分）), the indicator rows, and the stated 总分 and 等级.
 */
public record PerformanceSheet(
        SheetKind kind,
        String title,
        String unitName,
        String projectName,
        String subProject,
        Figure totalInvestment,
        Figure fiscalInvestment,
        FundBlock funds,
        String goalExpected,
        String goalAchieved,
        List<SectionWeight> sectionWeights,
        List<Indicator> indicators,
        Figure totalWeight,
        Figure totalScore,
        Figure grade,
        Provenance at) {

    public PerformanceSheet {
        Objects.requireNonNull(kind, "kind");
        sectionWeights = sectionWeights == null ? List.of() : List.copyOf(sectionWeights);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    /** A label for messages: 整体支出绩效自评表 or 项目支出绩效自评表（项目名）. */
    public String label() {
        return kind == SheetKind.WHOLE ? "整体支出绩效自评表" : "项目支出绩效自评表（" + projectName + "）";
    }
}
