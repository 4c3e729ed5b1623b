package org.jixiao.narrative;

/**
 * What an amount of a sentence measures, read from the words before it: 决算 (actual), 预算 (budget), 年初预算
 * (initial budget), 全年预算 (full-year budget), 上年 (prior year), 上年结转 (carried in), 年中调增/调减
 * (adjustments), 结余结转 (balance), or a year-on-year change (增加/减少 right before the number).
 */
enum Measure {
    NONE, ACTUAL, BUDGET, INITIAL_BUDGET, FULL_YEAR_BUDGET, PRIOR, CARRIED_IN, ADJUST_UP, ADJUST_DOWN, BALANCE, CHANGE;

    /** An amount stated without a measure word is the current year's actual figure. */
    Measure orActual() {
        return this == NONE ? ACTUAL : this;
    }

    boolean isBudget() {
        return this == BUDGET || this == INITIAL_BUDGET || this == FULL_YEAR_BUDGET;
    }
}
