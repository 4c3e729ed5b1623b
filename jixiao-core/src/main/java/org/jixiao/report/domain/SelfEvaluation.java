package org.jixiao.report.domain;

import java.util.List;

/**
 * 绩效自评: the 整体支出 and 项目支出 自评表s ({@link PerformanceSheet}) and the 基础数据表. The narrative
 * 自评报告 lives in {@link Report#narrative()}.
 */
public record SelfEvaluation(List<PerformanceSheet> sheets, BaseDataSheet baseData) {

    public SelfEvaluation {
        sheets = sheets == null ? List.of() : List.copyOf(sheets);
    }
}
