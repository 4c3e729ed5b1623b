package org.jixiao.report.domain;

import java.util.Objects;
import org.jixiao.shared.Figure;
import org.jixiao.shared.Provenance;

/**
 * One 经费控制 row of the 基础数据表. Keys: {@code three-public} 三公经费, {@code vehicle-purchase},
 * {@code vehicle-running}, {@code abroad}, {@code reception}, {@code project} 项目支出 (and
 * {@code project.*} sub-rows), {@code public} 公用经费, {@code office} 办公费, {@code utilities-travel}
 * 水费、电费、差旅费, {@code meetings-training} 会议费、培训费, {@code procurement} 政府采购金额,
 * {@code basic-adjustment} 部门基本支出预算调整.
 */
public record BaseDataRow(String key, String label, Figure priorActual, Figure currentBudget, Figure currentActual, Provenance at) {

    public BaseDataRow {
        Objects.requireNonNull(key, "key");
    }
}
