package org.jixiao.report.domain;

/**
 * The public tables by meaning. Their numbers (公开01表 …) and titles change by year and province
 * (DOMAIN-NOTES §3.1): the number is per-report metadata in {@link StatementTable#number()}.
 * Row and column keys of each kind are listed in docs/report-format.md.
 */
public enum TableKind {
    /** 收入支出决算总表 (2021: 公开01表). */
    INCOME_EXPENDITURE_SUMMARY,
    /** 收入决算表 (公开02表). */
    INCOME,
    /** 支出决算表 (公开03表). */
    EXPENDITURE,
    /** 财政拨款收入支出决算总表 (公开04表). */
    FISCAL_SUMMARY,
    /** 一般公共预算财政拨款支出决算表 (公开05表). */
    GENERAL_BUDGET_EXPENDITURE,
    /** 一般公共预算财政拨款基本支出决算明细表 (公开06表). */
    BASIC_EXPENDITURE_DETAIL,
    /** (一般公共预算)财政拨款"三公"经费支出决算表 (2021: 公开07表; Hunan 2022+: 公开09表). */
    THREE_PUBLIC_COSTS,
    /** 政府性基金预算财政拨款收入支出决算表. */
    GOVERNMENT_FUND,
    /** 国有资本经营预算财政拨款(收入)支出决算表. */
    STATE_CAPITAL
}
