package org.jixiao.rules;

import static org.jixiao.rules.RuleAssertions.flags;
import static org.jixiao.rules.TestReport.clean;

import org.junit.jupiter.api.Test;

/** One failing case per rule of three-public.yaml, disclosures.yaml, profile.yaml and base-data.yaml. */
class DisclosureRulesTests {
    @Test
    @RuleCase(rule = "SG-001", passes = true)
    @RuleCase(rule = "SG-002", passes = true)
    @RuleCase(rule = "SG-003", passes = true)
    @RuleCase(rule = "SG-004", passes = true)
    @RuleCase(rule = "SG-005", passes = true)
    @RuleCase(rule = "SG-006", passes = true)
    @RuleCase(rule = "SG-007", passes = true)
    @RuleCase(rule = "SG-008", passes = true)
    @RuleCase(rule = "SG-009", passes = true)
    @RuleCase(rule = "SG-010", passes = true)
    @RuleCase(rule = "SG-011", passes = true)
    @RuleCase(rule = "DSC-001", passes = true)
    @RuleCase(rule = "DSC-002", passes = true)
    @RuleCase(rule = "DSC-003", passes = true)
    @RuleCase(rule = "DSC-004", passes = true)
    @RuleCase(rule = "DSC-005", passes = true)
    @RuleCase(rule = "DSC-006", passes = true)
    @RuleCase(rule = "DSC-007", passes = true)
    @RuleCase(rule = "DSC-008", passes = true)
    @RuleCase(rule = "DSC-009", passes = true)
    @RuleCase(rule = "DSC-010", passes = true)
    @RuleCase(rule = "DSC-011", passes = true)
    @RuleCase(rule = "UP-001", passes = true)
    @RuleCase(rule = "UP-002", passes = true)
    @RuleCase(rule = "UP-003", passes = true)
    @RuleCase(rule = "BD-001", passes = true)
    @RuleCase(rule = "BD-002", passes = true)
    @RuleCase(rule = "BD-003", passes = true)
    @RuleCase(rule = "BD-004", passes = true)
    @RuleCase(rule = "BD-005", passes = true)
    @RuleCase(rule = "BD-006", passes = true)
    @RuleCase(rule = "BD-007", passes = true)
    @RuleCase(rule = "BD-008", passes = true)
    @RuleCase(rule = "BD-009", passes = true)
    void cleanReportPassesTheseRules() throws Exception {
        RuleAssertions.cleanReportPassesRulesOf(getClass(), "cleanReportPassesTheseRules");
    }
    @Test
    @RuleCase(rule = "SG-001", passes = false)
    void threePublicBudgetTotalDiffers() {
        // 2.00 + 8.00 + 2.00 = 12.00
        TestReport r = clean();
        r.cell(TestReport.THREE, "total", "budget", "13.00");
        flags("SG-001", r, "13.00", "12.00");
    }
    @Test
    @RuleCase(rule = "SG-002", passes = false)
    void threePublicActualTotalDiffers() {
        // 2.00 + 6.00 + 2.00 = 10.00
        TestReport r = clean();
        r.cell(TestReport.THREE, "total", "actual", "11.00");
        flags("SG-002", r, "11.00", "10.00");
    }
    @Test
    @RuleCase(rule = "SG-003", passes = false)
    void vehicleBudgetSubtotalDiffers() {
        // 0 + 8.00
        TestReport r = clean();
        r.cell(TestReport.THREE, "vehicles", "budget", "9.00");
        flags("SG-003", r, "9.00", "8.00");
    }
    @Test
    @RuleCase(rule = "SG-004", passes = false)
    void vehicleActualSubtotalDiffers() {
        // 0 + 6.00
        TestReport r = clean();
        r.cell(TestReport.THREE, "vehicles", "actual", "7.00");
        flags("SG-004", r, "7.00", "6.00");
    }
    @Test
    @RuleCase(rule = "SG-005", passes = false)
    void threePublicActualAboveBudget() {
        // 13.00 > 12.00
        TestReport r = clean();
        r.cell(TestReport.THREE, "total", "actual", "13.00");
        flags("SG-005", r, "13.00", "12.00");
    }
    @Test
    @RuleCase(rule = "SG-006", passes = false)
    void abroadActualAboveBudget() {
        // 3.00 > 2.00
        TestReport r = clean();
        r.cell(TestReport.THREE, "abroad", "actual", "3.00");
        flags("SG-006", r, "3.00", "2.00");
    }
    @Test
    @RuleCase(rule = "SG-007", passes = false)
    void vehiclesActualAboveBudget() {
        // 9.00 > 8.00
        TestReport r = clean();
        r.cell(TestReport.THREE, "vehicles", "actual", "9.00");
        flags("SG-007", r, "9.00", "8.00");
    }
    @Test
    @RuleCase(rule = "SG-008", passes = false)
    void receptionActualAboveBudget() {
        // 3.00 > 2.00
        TestReport r = clean();
        r.cell(TestReport.THREE, "reception", "actual", "3.00");
        flags("SG-008", r, "3.00", "2.00");
    }
    @Test
    @RuleCase(rule = "SG-009", passes = false)
    void vehicleRunningEconomicAboveThreePublic() {
        // 06 30231 7.00 > 07 6.00
        TestReport r = clean();
        r.cell(TestReport.DETAIL, "30231", "amount", "7.00");
        flags("SG-009", r, "7.00", "6.00");
    }
    @Test
    @RuleCase(rule = "SG-010", passes = false)
    void receptionEconomicAboveThreePublic() {
        // 06 30217 3.00 > 07 2.00
        TestReport r = clean();
        r.cell(TestReport.DETAIL, "30217", "amount", "3.00");
        flags("SG-010", r, "3.00", "2.00");
    }
    @Test
    @RuleCase(rule = "SG-011", passes = false)
    void abroadEconomicAboveThreePublic() {
        // 06 30212 3.00 > 07 2.00
        TestReport r = clean();
        r.cell(TestReport.DETAIL, "30212", "amount", "3.00");
        flags("SG-011", r, "3.00", "2.00");
    }
    @Test
    @RuleCase(rule = "DSC-001", passes = false)
    void procurementPartsDoNotAddUp() {
        // 21.00 + 5.00 + 5.00 = 31.00
        TestReport r = clean();
        r.set("procurement.goods", "21.00");
        flags("DSC-001", r, "30.00", "31.00");
    }
    @Test
    @RuleCase(rule = "DSC-002", passes = false)
    void smeAmountAboveTotal() {
        // 31.00 > 30.00
        TestReport r = clean();
        r.set("procurement.smeAmount", "31.00");
        flags("DSC-002", r, "31.00", "30.00");
    }
    @Test
    @RuleCase(rule = "DSC-003", passes = false)
    void smallMicroAboveSme() {
        // 25.00 > 24.00
        TestReport r = clean();
        r.set("procurement.smallMicroAmount", "25.00");
        flags("DSC-003", r, "25.00", "24.00");
    }
    @Test
    @RuleCase(rule = "DSC-004", passes = false)
    void smeShareWrong() {
        // 24.00 ÷ 30.00 = 80.00%
        TestReport r = clean();
        r.set("procurement.smeShare", "75.00%");
        flags("DSC-004", r, "75.00%", "80.00%");
    }
    @Test
    @RuleCase(rule = "DSC-005", passes = false)
    void smallMicroShareWrong() {
        // 12.00 ÷ 30.00 = 40.00%
        TestReport r = clean();
        r.set("procurement.smallMicroShare", "50.00%");
        flags("DSC-005", r, "50.00%", "40.00%");
    }
    @Test
    @RuleCase(rule = "DSC-006", passes = false)
    void vehiclesByUseDoNotAddUp() {
        // 1 + 2 + 1 = 4
        TestReport r = clean();
        r.vehiclesByUse.put("other", "1");
        flags("DSC-006", r, "3", "4");
    }
    @Test
    @RuleCase(rule = "DSC-007", passes = false)
    void vehiclesHeldDiffersFromAssets() {
        // assets 3
        TestReport r = clean();
        r.set("activity.vehiclesHeld", "4");
        flags("DSC-007", r, "4", "3");
    }
    @Test
    @RuleCase(rule = "DSC-008", passes = false)
    void abroadSpendingWithoutTrips() {
        // 2.00 万元 but 0 团组, 0 人次
        TestReport r = clean();
        r.set("activity.abroadGroups", "0").set("activity.abroadPersons", "0");
        flags("DSC-008", r, null, "金额不为0时应有数量");
    }
    @Test
    @RuleCase(rule = "DSC-009", passes = false)
    void receptionSpendingWithoutGuests() {
        // 2.00 万元 but 0 批次, 0 人次
        TestReport r = clean();
        r.set("activity.receptionGroups", "0").set("activity.receptionPersons", "0");
        flags("DSC-009", r, null, "金额不为0时应有数量");
    }
    @Test
    @RuleCase(rule = "DSC-010", passes = false)
    void vehiclesBoughtWithoutPurchaseSpending() {
        // 购置费 0 but 1 辆
        TestReport r = clean();
        r.set("activity.vehiclesPurchased", "1");
        flags("DSC-010", r, null, "金额为0时数量应为0");
    }
    @Test
    @RuleCase(rule = "DSC-011", passes = false)
    void procurementInYuan() {
        // 300000.00 ÷ 120.00 = 2500 ≥ 1000 ⇒ factor 1000
        TestReport r = clean();
        r.set("procurement.total", "300000.00");
        flags("DSC-011", r, "300000.00", "与 120.00 同一数量级");
    }
    @Test
    @RuleCase(rule = "UP-001", passes = false)
    void headcountDoesNotAddUp() {
        // 9 + 0 + 3 = 12
        TestReport r = clean();
        r.set("unit.staffTotal", "13");
        flags("UP-001", r, "13", "12");
    }
    @Test
    @RuleCase(rule = "UP-002", passes = false)
    void officeCountDiffersFromList() {
        // 办公室、财务股 = 2
        TestReport r = clean();
        r.set("unit.internalOfficeCount", "3");
        flags("UP-002", r, "3", "2");
    }
    @Test
    @RuleCase(rule = "UP-003", passes = false)
    void staffAboveEstablishment() {
        // 11 ÷ 10 = 110.00%
        TestReport r = clean();
        r.set("unit.staffActive", "11");
        flags("UP-003", r, "110.00%", "≤ 100%");
    }
    @Test
    @RuleCase(rule = "BD-001", passes = false)
    void controlRateWrong() {
        // 9 ÷ 10 = 90.00%
        TestReport r = clean();
        r.set("baseData.controlRate", "95.00%");
        flags("BD-001", r, "95.00%", "90.00%");
    }
    @Test
    @RuleCase(rule = "BD-002", passes = false)
    void baseDataStaffAboveEstablishment() {
        // 11 ÷ 10 = 110.00%
        TestReport r = clean();
        r.set("baseData.activeStaff", "11");
        flags("BD-002", r, "110.00%", "≤ 100%");
    }
    @Test
    @RuleCase(rule = "BD-003", passes = false)
    void baseDataThreePublicDiffersFromTable() {
        // 07 决算 合计 10.00
        TestReport r = clean();
        r.baseRow("three-public", "11.00");
        flags("BD-003", r, "11.00", "10.00");
    }
    @Test
    @RuleCase(rule = "BD-004", passes = false)
    void baseDataVehiclePurchaseDiffers() {
        // 07 购置费 blank
        TestReport r = clean();
        r.baseRow("vehicle-purchase", "1.00");
        flags("BD-004", r, "1.00", "0.00");
    }
    @Test
    @RuleCase(rule = "BD-005", passes = false)
    void baseDataVehicleRunningDiffers() {
        // 07 运行费 6.00
        TestReport r = clean();
        r.baseRow("vehicle-running", "7.00");
        flags("BD-005", r, "7.00", "6.00");
    }
    @Test
    @RuleCase(rule = "BD-006", passes = false)
    void baseDataAbroadDiffers() {
        // 07 出国 2.00
        TestReport r = clean();
        r.baseRow("abroad", "3.00");
        flags("BD-006", r, "3.00", "2.00");
    }
    @Test
    @RuleCase(rule = "BD-007", passes = false)
    void baseDataReceptionDiffers() {
        // 07 接待 2.00
        TestReport r = clean();
        r.baseRow("reception", "3.00");
        flags("BD-007", r, "3.00", "2.00");
    }
    @Test
    @RuleCase(rule = "BD-008", passes = false)
    void baseDataPublicFundsDiffer() {
        // 06 302 15.00
        TestReport r = clean();
        r.baseRow("public", "16.00");
        flags("BD-008", r, "16.00", "15.00");
    }
    @Test
    @RuleCase(rule = "BD-009", passes = false)
    void baseDataThreePublicPartsDoNotAddUp() {
        // 0 + 5.00 + 2.00 + 2.00 = 9.00
        TestReport r = clean();
        r.baseRow("vehicle-running", "5.00");
        flags("BD-009", r, "10.00", "9.00");
    }
}
