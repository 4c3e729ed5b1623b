package org.jixiao.report.domain;

import java.util.List;
import java.util.Optional;
import org.jixiao.shared.Figure;

/**
 * 基础数据表 (SPEC §2.2): 财政供养人员 (编制数, 实际在职人数, 控制率 as stated), 经费控制 rows with
 * 上年决算 / 本年预算 / 本年决算, 楼堂馆所控制 and the 厉行节约保障措施 text.
 */
public record BaseDataSheet(
        Figure establishment,
        Figure activeStaff,
        Figure controlRate,
        List<BaseDataRow> rows,
        Figure buildingApprovedScale,
        Figure buildingActualScale,
        Figure buildingScaleControlRate,
        Figure buildingBudgetInvestment,
        Figure buildingActualInvestment,
        Figure buildingInvestmentControlRate,
        String savingMeasures) {

    public BaseDataSheet {
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    public Optional<BaseDataRow> row(String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst();
    }
}
