package org.jixiao.report.domain;

/**
 * Figures the 情况说明 discloses beside the tables: 三公 activity counts, 机关运行经费, 一般性支出
 * (会议费, 培训费), 政府采购 and 国有资产占用. Each part may be absent.
 */
public record Disclosures(
        ThreePublicActivity threePublicActivity,
        OperatingFunds operatingFunds,
        GeneralExpenses generalExpenses,
        Procurement procurement,
        Assets assets) {
}
