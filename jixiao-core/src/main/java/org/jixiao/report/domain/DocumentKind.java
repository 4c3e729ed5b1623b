package org.jixiao.report.domain;

/** The published documents a report can hold (SPEC §2). */
public enum DocumentKind {
    /** 部门决算公开: 单位概况, 公开01–09表, 情况说明, 名词解释. */
    FINAL_ACCOUNTS,
    /** 部门整体支出绩效自评 / 绩效评价报告 with its 自评表s. */
    SELF_EVALUATION
}
