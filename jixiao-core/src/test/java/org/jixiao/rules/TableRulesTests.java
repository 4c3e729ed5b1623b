package org.jixiao.rules;

import static org.jixiao.rules.RuleAssertions.flags;
import static org.jixiao.rules.TestReport.CAPITAL;
import static org.jixiao.rules.TestReport.DETAIL;
import static org.jixiao.rules.TestReport.EXPENDITURE;
import static org.jixiao.rules.TestReport.FISCAL;
import static org.jixiao.rules.TestReport.FUND;
import static org.jixiao.rules.TestReport.GENERAL;
import static org.jixiao.rules.TestReport.INCOME;
import static org.jixiao.rules.TestReport.SUMMARY;
import static org.jixiao.rules.TestReport.clean;

import org.jixiao.report.domain.TableKind;
import org.junit.jupiter.api.Test;

/** One failing case per table rule (tables.yaml) on the clean test report; the passing case is the clean report. */
class TableRulesTests {
    @Test
    @RuleCase(rule = "TBL-01-001", passes = true)
    @RuleCase(rule = "TBL-01-002", passes = true)
    @RuleCase(rule = "TBL-01-003", passes = true)
    @RuleCase(rule = "TBL-01-004", passes = true)
    @RuleCase(rule = "TBL-01-005", passes = true)
    @RuleCase(rule = "TBL-02-001", passes = true)
    @RuleCase(rule = "TBL-02-002", passes = true)
    @RuleCase(rule = "TBL-02-003", passes = true)
    @RuleCase(rule = "TBL-02-004", passes = true)
    @RuleCase(rule = "TBL-02-005", passes = true)
    @RuleCase(rule = "TBL-02-006", passes = true)
    @RuleCase(rule = "TBL-02-007", passes = true)
    @RuleCase(rule = "TBL-02-008", passes = true)
    @RuleCase(rule = "TBL-02-009", passes = true)
    @RuleCase(rule = "TBL-03-001", passes = true)
    @RuleCase(rule = "TBL-03-002", passes = true)
    @RuleCase(rule = "TBL-03-003", passes = true)
    @RuleCase(rule = "TBL-03-004", passes = true)
    @RuleCase(rule = "TBL-03-005", passes = true)
    @RuleCase(rule = "TBL-03-006", passes = true)
    @RuleCase(rule = "TBL-04-001", passes = true)
    @RuleCase(rule = "TBL-04-002", passes = true)
    @RuleCase(rule = "TBL-04-003", passes = true)
    @RuleCase(rule = "TBL-04-004", passes = true)
    @RuleCase(rule = "TBL-04-005", passes = true)
    @RuleCase(rule = "TBL-04-006", passes = true)
    @RuleCase(rule = "TBL-04-007", passes = true)
    @RuleCase(rule = "TBL-04-008", passes = true)
    @RuleCase(rule = "TBL-04-009", passes = true)
    @RuleCase(rule = "TBL-04-010", passes = true)
    @RuleCase(rule = "TBL-05-001", passes = true)
    @RuleCase(rule = "TBL-05-002", passes = true)
    @RuleCase(rule = "TBL-05-003", passes = true)
    @RuleCase(rule = "TBL-05-004", passes = true)
    @RuleCase(rule = "TBL-05-005", passes = true)
    @RuleCase(rule = "TBL-05-006", passes = true)
    @RuleCase(rule = "TBL-05-007", passes = true)
    @RuleCase(rule = "TBL-05-008", passes = true)
    @RuleCase(rule = "TBL-06-001", passes = true)
    @RuleCase(rule = "TBL-06-002", passes = true)
    @RuleCase(rule = "TBL-06-003", passes = true)
    @RuleCase(rule = "TBL-06-004", passes = true)
    @RuleCase(rule = "TBL-06-005", passes = true)
    @RuleCase(rule = "TBL-06-006", passes = true)
    @RuleCase(rule = "TBL-06-007", passes = true)
    @RuleCase(rule = "TBL-06-008", passes = true)
    @RuleCase(rule = "TBL-06-009", passes = true)
    @RuleCase(rule = "TBL-08-001", passes = true)
    @RuleCase(rule = "TBL-08-002", passes = true)
    @RuleCase(rule = "TBL-08-003", passes = true)
    @RuleCase(rule = "TBL-09-001", passes = true)
    @RuleCase(rule = "TBL-09-002", passes = true)
    @RuleCase(rule = "TBL-CODE-001", passes = true)
    @RuleCase(rule = "TBL-CODE-002", passes = true)
    @RuleCase(rule = "TBL-CODE-003", passes = true)
    @RuleCase(rule = "TBL-CODE-004", passes = true)
    @RuleCase(rule = "TBL-CODE-005", passes = true)
    @RuleCase(rule = "TBL-CODE-006", passes = true)
    @RuleCase(rule = "TBL-CODE-007", passes = true)
    @RuleCase(rule = "TBL-NEG-001", passes = true)
    @RuleCase(rule = "TBL-UNIT-001", passes = true)
    @RuleCase(rule = "TBL-UNIT-002", passes = true)
    @RuleCase(rule = "TBL-UNIT-003", passes = true)
    @RuleCase(rule = "TBL-UNIT-004", passes = true)
    void cleanReportPassesEveryTableRule() throws Exception {
        RuleAssertions.cleanReportPassesRulesOf(getClass(), "cleanReportPassesEveryTableRule");
    }
    @Test
    @RuleCase(rule = "TBL-01-001", passes = false)
    void incomeTotalDiffersFromItsSources() {
        // 100.00 + 20.00 = 120.00, stated 121.00
        flags("TBL-01-001", clean().cell(SUMMARY, "income.total", "amount", "121.00"), "121.00", "120.00");
    }
    @Test
    @RuleCase(rule = "TBL-01-002", passes = false)
    void incomeGrandTotalDiffers() {
        // 120.00 + 0 + 0 = 120.00
        flags("TBL-01-002", clean().cell(SUMMARY, "income.grand-total", "amount", "125.00"), "125.00", "120.00");
    }
    @Test
    @RuleCase(rule = "TBL-01-003", passes = false)
    void summaryExpenditureTotalDiffersFromCategories() {
        // 90.00 + 31.00 = 121.00
        flags("TBL-01-003", clean().cell(SUMMARY, "210", "amount", "31.00"), "120.00", "121.00");
    }
    @Test
    @RuleCase(rule = "TBL-01-004", passes = false)
    void expenditureGrandTotalDiffers() {
        // 120.00 + 0 + 0 = 120.00
        flags("TBL-01-004", clean().cell(SUMMARY, "expenditure.grand-total", "amount", "119.00"), "119.00", "120.00");
    }
    @Test
    @RuleCase(rule = "TBL-01-005", passes = false)
    void grandTotalsDiffer() {
        // income 120.00 + 5.00 = 125.00 against expenditure 120.00
        flags("TBL-01-005", clean().cell(SUMMARY, "income.opening-balance", "amount", "5.00").cell(SUMMARY, "income.grand-total", "amount", "125.00"), "125.00", "120.00");
    }
    @Test
    @RuleCase(rule = "TBL-02-001", passes = false)
    void incomeRowDoesNotBalance() {
        // 49.00 + 0 = 49.00
        flags("TBL-02-001", clean().cell(INCOME, "2010301", "fiscal", "49.00"), "50.00", "49.00");
    }
    @Test
    @RuleCase(rule = "TBL-02-002", passes = false)
    void incomeTotalDiffersFromCategories() {
        // 90.00 + 30.00 = 120.00
        flags("TBL-02-002", clean().cell(INCOME, "total", "total", "121.00"), "121.00", "120.00");
    }
    @Test
    @RuleCase(rule = "TBL-02-003", passes = false)
    void incomeCategoryDiffersFromSections() {
        // 20103 other is blank
        flags("TBL-02-003", clean().cell(INCOME, "201", "other", "1.00"), "1.00", "0.00");
    }
    @Test
    @RuleCase(rule = "TBL-02-004", passes = false)
    void incomeSectionDiffersFromItems() {
        // 50.00 + 40.00 = 90.00
        flags("TBL-02-004", clean().cell(INCOME, "20103", "fiscal", "91.00"), "91.00", "90.00");
    }
    @Test
    @RuleCase(rule = "TBL-02-005", passes = false)
    void incomeFiscalDiffersFromSummary() {
        // 01: 100.00 + 0 + 0
        flags("TBL-02-005", clean().cell(INCOME, "total", "fiscal", "101.00"), "101.00", "100.00");
    }
    @Test
    @RuleCase(rule = "TBL-02-006", passes = false)
    void incomeTotalDiffersFromSummary() {
        // 01 本年收入合计 120.00
        flags("TBL-02-006", clean().cell(INCOME, "total", "total", "121.00"), "121.00", "120.00");
    }
    @Test
    @RuleCase(rule = "TBL-02-007", passes = false)
    void incomeOtherDiffersFromSummary() {
        // 01 其他收入 20.00
        flags("TBL-02-007", clean().cell(INCOME, "total", "other", "21.00"), "21.00", "20.00");
    }
    @Test
    @RuleCase(rule = "TBL-02-008", passes = false)
    void incomeBusinessDiffersFromSummary() {
        // 01 事业收入 blank
        flags("TBL-02-008", clean().cell(INCOME, "total", "business", "5.00"), "5.00", "0.00");
    }
    @Test
    @RuleCase(rule = "TBL-02-009", passes = false)
    void incomeSubsidyDiffersFromSummary() {
        // 01 上级补助收入 blank
        flags("TBL-02-009", clean().cell(INCOME, "total", "superior-subsidy", "5.00"), "5.00", "0.00");
    }
    @Test
    @RuleCase(rule = "TBL-03-001", passes = false)
    void expenditureRowDoesNotBalance() {
        // 0 + 39.00 = 39.00
        flags("TBL-03-001", clean().cell(EXPENDITURE, "2010302", "project", "39.00"), "40.00", "39.00");
    }
    @Test
    @RuleCase(rule = "TBL-03-002", passes = false)
    void expenditureTableTotalDiffersFromCategories() {
        // 50.00 + 0 = 50.00
        flags("TBL-03-002", clean().cell(EXPENDITURE, "total", "basic", "51.00"), "51.00", "50.00");
    }
    @Test
    @RuleCase(rule = "TBL-03-003", passes = false)
    void expenditureCategoryDiffersFromSections() {
        // 20103 basic 50.00
        flags("TBL-03-003", clean().cell(EXPENDITURE, "201", "basic", "51.00"), "51.00", "50.00");
    }
    @Test
    @RuleCase(rule = "TBL-03-004", passes = false)
    void expenditureSectionDiffersFromItems() {
        // 0 + 40.00 = 40.00
        flags("TBL-03-004", clean().cell(EXPENDITURE, "20103", "project", "41.00"), "41.00", "40.00");
    }
    @Test
    @RuleCase(rule = "TBL-03-005", passes = false)
    void expenditureTotalDiffersFromSummary() {
        // 01 本年支出合计 120.00
        flags("TBL-03-005", clean().cell(EXPENDITURE, "total", "total", "125.00"), "125.00", "120.00");
    }
    @Test
    @RuleCase(rule = "TBL-03-006", passes = false)
    void expenditureCategoryDiffersFromSummary() {
        // 01 201 = 90.00
        flags("TBL-03-006", clean().cell(EXPENDITURE, "201", "total", "91.00"), "91.00", "90.00");
    }
    @Test
    @RuleCase(rule = "TBL-04-001", passes = false)
    void fiscalRowDoesNotBalance() {
        // 89.00 + 0 + 0 = 89.00
        flags("TBL-04-001", clean().cell(FISCAL, "201", "general-budget", "89.00"), "90.00", "89.00");
    }
    @Test
    @RuleCase(rule = "TBL-04-002", passes = false)
    void fiscalIncomeTotalDiffers() {
        // 100.00 + 0 + 0
        flags("TBL-04-002", clean().cell(FISCAL, "income.total", "amount", "101.00"), "101.00", "100.00");
    }
    @Test
    @RuleCase(rule = "TBL-04-003", passes = false)
    void fiscalExpenditureTotalDiffersFromCategories() {
        // 90.00 + 10.00 = 100.00
        flags("TBL-04-003", clean().cell(FISCAL, "expenditure.total", "total", "101.00"), "101.00", "100.00");
    }
    @Test
    @RuleCase(rule = "TBL-04-004", passes = false)
    void fiscalGeneralIncomeDiffersFromSummary() {
        // 01 一般公共预算 100.00
        flags("TBL-04-004", clean().cell(FISCAL, "income.general-budget", "amount", "99.00"), "99.00", "100.00");
    }
    @Test
    @RuleCase(rule = "TBL-04-005", passes = false)
    void fiscalFundIncomeDiffersFromSummary() {
        // 01 政府性基金 blank
        flags("TBL-04-005", clean().cell(FISCAL, "income.government-fund", "amount", "5.00"), "5.00", "0.00");
    }
    @Test
    @RuleCase(rule = "TBL-04-006", passes = false)
    void fiscalBalanceIdentityFails() {
        // − 0 + 100.00 + 3.00 = 103.00
        flags("TBL-04-006", clean().cell(FISCAL, "expenditure.closing-balance", "total", "3.00"), "100.00", "103.00");
    }
    @Test
    @RuleCase(rule = "TBL-04-007", passes = false)
    void fiscalIncomeGrandTotalDiffers() {
        // 100.00 + 0
        flags("TBL-04-007", clean().cell(FISCAL, "income.grand-total", "amount", "101.00"), "101.00", "100.00");
    }
    @Test
    @RuleCase(rule = "TBL-04-008", passes = false)
    void fiscalGrandTotalsDiffer() {
        // income 100.00, expenditure 99.00
        flags("TBL-04-008", clean().cell(FISCAL, "expenditure.grand-total", "total", "99.00"), "100.00", "99.00");
    }
    @Test
    @RuleCase(rule = "TBL-04-009", passes = false)
    void fiscalCategoryAboveSummary() {
        // 01 210 = 30.00 < 31.00
        flags("TBL-04-009", clean().cell(FISCAL, "210", "total", "31.00").cell(FISCAL, "210", "general-budget", "31.00"), "31.00", "30.00");
    }
    @Test
    @RuleCase(rule = "TBL-04-010", passes = false)
    void fiscalOpeningBalanceAboveSummary() {
        // 01 年初结转 blank
        flags("TBL-04-010", clean().cell(FISCAL, "income.opening-balance", "amount", "5.00"), "5.00", "0.00");
    }
    @Test
    @RuleCase(rule = "TBL-05-001", passes = false)
    void generalRowDoesNotBalance() {
        // 49.00 + 0
        flags("TBL-05-001", clean().cell(GENERAL, "2010301", "basic", "49.00"), "50.00", "49.00");
    }
    @Test
    @RuleCase(rule = "TBL-05-002", passes = false)
    void generalTotalDiffersFromCategories() {
        // 50.00 + 0
        flags("TBL-05-002", clean().cell(GENERAL, "total", "basic", "51.00"), "51.00", "50.00");
    }
    @Test
    @RuleCase(rule = "TBL-05-003", passes = false)
    void generalCategoryDiffersFromSections() {
        // 21004 project 10.00
        flags("TBL-05-003", clean().cell(GENERAL, "210", "project", "11.00"), "11.00", "10.00");
    }
    @Test
    @RuleCase(rule = "TBL-05-004", passes = false)
    void generalSectionDiffersFromItems() {
        // 2100410 = 10.00
        flags("TBL-05-004", clean().cell(GENERAL, "21004", "total", "11.00"), "11.00", "10.00");
    }
    @Test
    @RuleCase(rule = "TBL-05-005", passes = false)
    void generalTotalDiffersFromFiscal() {
        // 04 一般公共预算 100.00
        flags("TBL-05-005", clean().cell(GENERAL, "total", "total", "101.00"), "101.00", "100.00");
    }
    @Test
    @RuleCase(rule = "TBL-05-006", passes = false)
    void generalCategoryDiffersFromFiscal() {
        // 04 201 一般公共预算 90.00
        flags("TBL-05-006", clean().cell(GENERAL, "201", "total", "91.00"), "91.00", "90.00");
    }
    @Test
    @RuleCase(rule = "TBL-05-007", passes = false)
    void generalBasicAboveExpenditureTable() {
        // 03 2010301 基本支出 50.00
        flags("TBL-05-007", clean().cell(GENERAL, "2010301", "basic", "55.00"), "55.00", "50.00");
    }
    @Test
    @RuleCase(rule = "TBL-05-008", passes = false)
    void generalProjectAboveExpenditureTable() {
        // 03 2100410 项目支出 30.00
        flags("TBL-05-008", clean().cell(GENERAL, "2100410", "project", "31.00"), "31.00", "30.00");
    }
    @Test
    @RuleCase(rule = "TBL-06-001", passes = false)
    void salaryClassDiffersFromItsSections() {
        // 21.00 + 10.00 = 31.00
        flags("TBL-06-001", clean().cell(DETAIL, "30101", "amount", "21.00"), "30.00", "31.00");
    }
    @Test
    @RuleCase(rule = "TBL-06-002", passes = false)
    void goodsClassDiffersFromItsSections() {
        // 6.00 + 2.00 + 2.00 + 6.00 = 16.00
        flags("TBL-06-002", clean().cell(DETAIL, "30201", "amount", "6.00"), "15.00", "16.00");
    }
    @Test
    @RuleCase(rule = "TBL-06-003", passes = false)
    void subsidyClassDiffersFromItsSections() {
        // 6.00
        flags("TBL-06-003", clean().cell(DETAIL, "30305", "amount", "6.00"), "5.00", "6.00");
    }
    @Test
    @RuleCase(rule = "TBL-06-004", passes = false)
    void debtClassDiffersFromItsSections() {
        // 307 blank, 30701 1.00
        flags("TBL-06-004", clean().cell(DETAIL, "30701", "amount", "1.00"), "0.00", "1.00");
    }
    @Test
    @RuleCase(rule = "TBL-06-005", passes = false)
    void capitalClassDiffersFromItsSections() {
        // 310 blank, 31002 1.00
        flags("TBL-06-005", clean().cell(DETAIL, "31002", "amount", "1.00"), "0.00", "1.00");
    }
    @Test
    @RuleCase(rule = "TBL-06-006", passes = false)
    void otherClassDiffersFromItsSections() {
        // 399 blank, 39999 1.00
        flags("TBL-06-006", clean().cell(DETAIL, "39999", "amount", "1.00"), "0.00", "1.00");
    }
    @Test
    @RuleCase(rule = "TBL-06-007", passes = false)
    void personnelTotalDiffers() {
        // 30.00 + 5.00 = 35.00
        flags("TBL-06-007", clean().cell(DETAIL, "personnel-total", "amount", "36.00"), "36.00", "35.00");
    }
    @Test
    @RuleCase(rule = "TBL-06-008", passes = false)
    void publicTotalDiffers() {
        // 15.00 + 0 + 0 + 0
        flags("TBL-06-008", clean().cell(DETAIL, "public-total", "amount", "16.00"), "16.00", "15.00");
    }
    @Test
    @RuleCase(rule = "TBL-06-009", passes = false)
    void basicDiffersFromDetail() {
        // 35.00 + 15.00 = 50.00
        flags("TBL-06-009", clean().cell(GENERAL, "total", "basic", "51.00"), "51.00", "50.00");
    }
    @Test
    @RuleCase(rule = "TBL-08-001", passes = false)
    void fundRowDoesNotBalance() {
        // 3.00 + 0
        flags("TBL-08-001", clean().cell(FUND, "total", "expenditure", "5.00").cell(FUND, "total", "basic", "3.00"), "5.00", "3.00");
    }
    @Test
    @RuleCase(rule = "TBL-08-002", passes = false)
    void fundRollForwardFails() {
        // 0 + 5.00 − 0 = 5.00
        flags("TBL-08-002", clean().cell(FUND, "total", "income", "5.00").emptyStatement(FUND, null), "0.00", "5.00");
    }
    @Test
    @RuleCase(rule = "TBL-08-003", passes = false)
    void emptyFundTableWithoutItsSentence() {
        // all blank
        flags("TBL-08-003", clean().emptyStatement(FUND, null), "（无说明）", null);
    }
    @Test
    @RuleCase(rule = "TBL-09-001", passes = false)
    void capitalRowDoesNotBalance() {
        // 0 + 0
        flags("TBL-09-001", clean().cell(CAPITAL, "total", "total", "5.00").emptyStatement(CAPITAL, null), "5.00", "0.00");
    }
    @Test
    @RuleCase(rule = "TBL-09-002", passes = false)
    void emptyCapitalTableWithoutItsSentence() {
        // all blank
        flags("TBL-09-002", clean().emptyStatement(CAPITAL, null), "（无说明）", null);
    }
    @Test
    @RuleCase(rule = "TBL-CODE-001", passes = false)
    void unknownFunctionalCode() {
        // 2010398 is not in the 2021 list
        flags("TBL-CODE-001", clean().row(INCOME, "2010398", "不存在的科目", "total", ""), "2010398", null);
    }
    @Test
    @RuleCase(rule = "TBL-CODE-002", passes = false)
    void unknownEconomicCode() {
        // 30188 is not in the 2021 list
        flags("TBL-CODE-002", clean().cell(DETAIL, "30188", "不存在的科目", "amount", ""), "30188", null);
    }
    @Test
    @RuleCase(rule = "TBL-CODE-003", passes = false)
    void functionalNameDiffersFromList() {
        // 2010301 printed as “行政管理”; the 2021 list says “行政运行”
        flags("TBL-CODE-003", renamed(TableKind.INCOME, "2010301", "行政管理"), "行政管理", "行政运行");
    }
    @Test
    @RuleCase(rule = "TBL-CODE-004", passes = false)
    void functionalNameDiffersOnlyInBrackets() {
        // 20103 printed as “政府办公厅(室)及相关机构事务”; the 2021 list says “政府办公厅（室）及相关机构事务”
        flags("TBL-CODE-004", renamed(TableKind.EXPENDITURE, "20103", "政府办公厅(室)及相关机构事务"), "政府办公厅(室)及相关机构事务", "政府办公厅（室）及相关机构事务");
    }
    @Test
    @RuleCase(rule = "TBL-CODE-005", passes = false)
    void economicNameDiffersFromList() {
        // 30101 printed as “基本工资福利”; the 2021 list says “基本工资”
        flags("TBL-CODE-005", renamed(TableKind.BASIC_EXPENDITURE_DETAIL, "30101", "基本工资福利"), "基本工资福利", "基本工资");
    }
    @Test
    @RuleCase(rule = "TBL-CODE-006", passes = false)
    void itemWithoutItsSection() {
        // 2100410 listed without 21004
        flags("TBL-CODE-006", clean().removeRow(EXPENDITURE, "21004"), "（缺少上级科目 21004）", "21004");
    }
    @Test
    @RuleCase(rule = "TBL-NEG-001", passes = false)
    void negativeAmount() {
        // a negative 办公费
        flags("TBL-NEG-001", clean().cell(DETAIL, "30201", "amount", "-1.00"), "-1.00", "≥ 0");
    }
    @Test
    @RuleCase(rule = "TBL-UNIT-001", passes = false)
    void tableDeclaredInYuan() {
        // 元 is a factor of 10,000
        flags("TBL-UNIT-001", clean().unitLabel(EXPENDITURE, "元"), "元", "万元");
    }
    @Test
    @RuleCase(rule = "TBL-UNIT-002", passes = false)
    void tableTotalTenThousandTimesTheSummary() {
        // 1,200,000.00 ÷ 120.00 = 10,000
        flags("TBL-UNIT-002", clean().cell(EXPENDITURE, "total", "total", "1200000.00"), "1200000.00", "与 120.00 同一数量级");
    }
    @Test
    @RuleCase(rule = "TBL-UNIT-003", passes = false)
    void incomeSourceWrittenInYuan() {
        // 100.00 + 200000.00 ÷ 10000 = 120.00
        flags("TBL-UNIT-003", clean().cell(SUMMARY, "income.other", "amount", "200000.00"), "200000.00", "20.00");
    }
    @Test
    @RuleCase(rule = "TBL-UNIT-004", passes = false)
    void expenditureTotalWrittenInYuan() {
        // 1200000.00 ÷ 10000 = 120.00
        flags("TBL-UNIT-004", clean().cell(EXPENDITURE, "total", "total", "1200000.00"), "1200000.00", "120.00");
    }
    @Test
    @RuleCase(rule = "TBL-CODE-007", passes = false)
    void sectionListedWithoutItsItems() {
        // 21004 公共卫生 has 项 in the 2021 list, but the table stops at 21004
        flags("TBL-CODE-007", clean().removeRow(EXPENDITURE, "2100410"), "21004（无下级项）", "列至项级科目");
    }

    /** The clean report with one code row renamed (cells kept). */
    private static TestReport renamed(TableKind kind, String key, String name) {
        TestReport r = clean();
        return r.rename(kind, key, name);
    }
}
