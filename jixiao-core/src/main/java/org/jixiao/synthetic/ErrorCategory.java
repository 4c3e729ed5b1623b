package org.jixiao.synthetic;

import java.util.List;
import org.jixiao.rules.Severity;

/**
 * The kinds of error {@link ErrorInjector} plants, each with the rules that must find it ({@code expected}: a rule id
 * or an id prefix ending in {@code -}, at the given severity) and the rules that may also fire because the planted
 * error really does break them too ({@code alsoAllowed}, id prefixes). Anything else of severity ≥ WARNING is a
 * false alarm.
 */
public enum ErrorCategory {
    TABLE_SUM("公开03表 a 类 cell (本年支出合计) +10.00", List.of(e("TBL-03-003", Severity.ERROR)), List.of("TBL-03-001", "TBL-03-002", "TBL-03-006")),
    CROSS_TABLE("公开05表 one project 项 and its 款, 类 and 合计 +10.00 (05表 consistent in itself)",
            List.of(e("TBL-05-005", Severity.ERROR), e("TBL-05-006", Severity.ERROR)), List.of("TBL-05-008", "NAR-TBL-", "SE-023")),
    ROW_BALANCE("公开03表 a 项 row: 合计 +10.00, 基本/项目支出 unchanged", List.of(e("TBL-03-001", Severity.ERROR)), List.of("TBL-03-004")),
    THREE_PUBLIC_TOTAL("公开07表 决算 合计 +10.00", List.of(e("SG-002", Severity.ERROR)), List.of("SG-005", "BD-003", "NAR-TBL-", "NAR-SHR-")),
    UNIT_FACTOR("公开03表 written in 元 (every cell × 10,000) under a 万元 label",
            List.of(e("TBL-UNIT-004", Severity.WARNING), e("TBL-UNIT-002", Severity.WARNING)),
            List.of("TBL-03-005", "TBL-03-006", "SE-023", "NAR-TBL-")),
    PROCUREMENT_SUM("政府采购 货物 +10.00", List.of(e("DSC-001", Severity.ERROR)), List.of()),
    HEADCOUNT_SUM("单位概况 实有人数 +1", List.of(e("UP-001", Severity.ERROR)), List.of()),
    VEHICLE_COUNT("国有资产 车辆总数 +1", List.of(e("DSC-006", Severity.ERROR)), List.of("DSC-007")),
    SELF_EVALUATION_WEIGHTS("自评表 产出指标（50分） written 45", List.of(e("SE-006", Severity.ERROR)), List.of()),
    TOTAL_SCORE("自评表 总分 +1.23", List.of(e("SE-008", Severity.ERROR)), List.of("SE-009")),
    GRADE("自评表 等级 one band off", List.of(e("SE-009", Severity.ERROR)), List.of()),
    FULL_SCORE_UNMET("自评表 a fully scored ≥ indicator gets an actual 10% below its target",
            List.of(e("SE-012", Severity.ERROR)), List.of("SE-013", "SE-020")),
    NARRATIVE_SHARE("情况说明 a share 占X% +1.23 points", List.of(e("NAR-SHR-", Severity.ERROR)), List.of("NAR-SHR-003")),
    NARRATIVE_COMPLETION("情况说明 完成年初预算的X% +1.23 points", List.of(e("NAR-CMP-001", Severity.ERROR)), List.of()),
    ZERO_BASE_RATIO("情况说明 a 项 written 年初预算为0.00万元 … 完成年初预算的100.00%", List.of(e("NAR-CMP-002", Severity.ERROR)), List.of()),
    DIRECTION_WORD("情况说明 决算数大于/小于年初预算数 swapped", List.of(e("NAR-DIR-001", Severity.ERROR)), List.of()),
    CHANGE_PERCENT("情况说明 收、支总计 增长/下降X% +1.23 points", List.of(e("NAR-CHG-001", Severity.ERROR)), List.of()),
    NARRATIVE_AMOUNT("情况说明 人员经费 +10.00 against 公开06表", List.of(e("NAR-TBL-", Severity.ERROR)), List.of("NAR-SUM-", "NAR-SHR-")),
    CONTRADICTORY_AMOUNT("情况说明 结构 paragraph restates 财政拨款支出 +10.00 (other paragraphs keep the right value)",
            List.of(e("NAR-DUP-001", Severity.ERROR)), List.of("NAR-SUM-", "NAR-TBL-", "NAR-SHR-")),
    NARRATIVE_COUNT("情况说明 共有车辆N辆，其中… with N+1", List.of(e("NAR-CNT-003", Severity.ERROR)), List.of("NAR-DUP-")),
    OFFICE_COUNT_TEXT("单位概况 text 内设科室N个，分别是… with N+1", List.of(e("NAR-CNT-001", Severity.ERROR)), List.of()),
    THREE_PUBLIC_COUNTS("三公 出国团组/人次 that contradict the 因公出国（境）费 (counts with a zero amount, or none with an amount)",
            List.of(e("DSC-008", Severity.WARNING)), List.of()),
    BASE_DATA("基础数据表 公车运行维护 本年决算 +10.00", List.of(e("BD-005", Severity.ERROR)), List.of("BD-009")),
    CODE_LIST("a 项 code replaced by one missing from the year's 功能分类 (same wrong code in 02, 03 and 05); INFO while the shipped 款/项 lists are unverified",
            List.of(e("TBL-CODE-001", Severity.INFO)), List.of("TBL-CODE-")),
    FUND_SOURCES("整体支出自评表 当年财政拨款 全年预算数 +10.00", List.of(e("SE-001", Severity.ERROR)), List.of()),
    EXECUTION_RATE("自评表 执行率 +1.23 points", List.of(e("SE-004", Severity.ERROR)), List.of()),
    QUALITATIVE_BAND("自评表 a 达成 qualitative indicator scored at half its weight (总分 and 等级 follow)",
            List.of(e("SE-015", Severity.ERROR)), List.of()),
    VAGUE_INDICATOR("自评表 a qualitative target rewritten 逐步提高", List.of(e("SE-017", Severity.WARNING)), List.of()),
    TEXT_UNIT("情况说明 公用经费X万元 written X元 (the 万元 figure under the wrong unit) inside the 基本支出 其中 list", List.of(e("NAR-UNIT-001", Severity.ERROR)),
            List.of("NAR-TBL-", "NAR-SUM-", "NAR-SHR-", "NAR-DUP-")),
    PROJECT_BALANCE("自评报告 a project's 结余结转 +10.00", List.of(e("NAR-BAL-002", Severity.ERROR)), List.of()),
    TEMPLATE_RESIDUE("自评报告 调增 written 调增（减） / 决算数大于（小于）", List.of(e("TXT-003", Severity.INFO)), List.of());

    /** A rule (or id prefix ending in "-") that must report the error, at this severity. */
    public record Expectation(String rule, Severity severity) {
        public boolean matches(String ruleId) {
            return rule.endsWith("-") ? ruleId.startsWith(rule) : ruleId.equals(rule);
        }
    }

    private final String description;
    private final List<Expectation> expected;
    private final List<String> alsoAllowed;

    ErrorCategory(String description, List<Expectation> expected, List<String> alsoAllowed) {
        this.description = description;
        this.expected = expected;
        this.alsoAllowed = alsoAllowed;
    }

    public String description() {
        return description;
    }

    public List<Expectation> expected() {
        return expected;
    }

    public List<String> alsoAllowed() {
        return alsoAllowed;
    }

    /** True when a finding of this rule is explained by the planted error (expected or a listed consequence). */
    public boolean explains(String ruleId) {
        return expected.stream().anyMatch(x -> x.matches(ruleId)) || alsoAllowed.stream().anyMatch(ruleId::startsWith);
    }

    private static Expectation e(String rule, Severity severity) {
        return new Expectation(rule, severity);
    }
}
