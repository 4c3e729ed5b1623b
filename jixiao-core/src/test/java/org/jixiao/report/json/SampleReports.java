package org.jixiao.report.json;

/**
 * Small made-up reports for format tests (not from a real document). {@link #everyPart()} fills every object
 * of the model once, with codes that are in the bundled 2021 code lists.
 */
final class SampleReports {

    private SampleReports() {
    }

    static String everyPart() {
        return """
                {
                  "formatVersion": "1.0",
                  "header": {
                    "unitName": "示例单位",
                    "unitCode": "001001",
                    "fiscalYear": 2021,
                    "region": "湖南省示例市示例区",
                    "documents": ["FINAL_ACCOUNTS", "SELF_EVALUATION"]
                  },
                  "source": {"file": "sample.txt", "format": "txt",
                    "sha256": "0000000000000000000000000000000000000000000000000000000000000000"},
                  "unit": {
                    "name": "示例单位", "nature": "行政单位", "duties": ["负责示例工作。"],
                    "internalOffices": ["办公室", "财务室"], "internalOfficeCount": {"text": "2", "at": {"line": 3}},
                    "secondaryUnits": ["示例中心"], "establishment": "20", "staffTotal": "30", "staffActive": "18",
                    "staffRetiredCadres": "1", "staffRetired": "11"
                  },
                  "finalAccounts": {
                    "tables": [
                      {"kind": "INCOME_EXPENDITURE_SUMMARY", "number": "公开01表", "title": "收入支出决算总表", "unitLabel": "万元",
                       "rows": [{"key": "income.general-budget", "name": "一般公共预算财政拨款收入",
                                 "cells": {"amount": {"text": "1,474.07", "at": {"line": 10, "table": "公开01表", "cell": "B1"}}}}],
                       "at": {"page": 2}},
                      {"kind": "EXPENDITURE", "number": "公开03表", "unitLabel": "万元",
                       "rows": [{"key": "total", "name": "合计", "cells": {"total": "100.00", "basic": "60.00", "project": "40.00"}},
                                {"key": "201", "name": "一般公共服务支出", "cells": {"total": "100.00", "basic": "60.00", "project": "40.00"}},
                                {"key": "2010301", "name": "行政运行", "cells": {"total": "60.00", "basic": "60.00", "project": ""}, "at": {"line": 20}}],
                       "notes": ["注：本表反映部门本年度各项支出情况。"]},
                      {"kind": "BASIC_EXPENDITURE_DETAIL", "number": "公开06表",
                       "rows": [{"key": "30101", "name": "基本工资", "cells": {"amount": "50.00"}}]},
                      {"kind": "GOVERNMENT_FUND", "number": "公开08表", "emptyStatement": "本单位无政府性基金收支，故本表无数据。"}
                    ],
                    "disclosures": {
                      "threePublicActivity": {"abroadGroups": "0", "abroadPersons": "0", "receptionGroups": "3",
                        "receptionPersons": "25", "vehiclesPurchased": "0", "vehiclesHeld": "2"},
                      "operatingFunds": {"amount": "10.00", "priorYear": "12.00", "change": "2.00", "changePercent": "16.67%"},
                      "generalExpenses": {"meetings": "1.00", "meetingCount": "2", "training": "0.50", "trainingCount": "1"},
                      "procurement": {"total": "30.00", "goods": "10.00", "works": "0.00", "services": "20.00",
                        "smeAmount": "30.00", "smeShare": "100%", "smallMicroAmount": "20.00", "smallMicroShare": "66.67%"},
                      "assets": {"vehiclesTotal": "2", "vehiclesByUse": {"leaders": "0", "other": "2"},
                        "generalEquipmentOver50": "0", "specialEquipmentOver100": "0"}
                    }
                  },
                  "selfEvaluation": {
                    "sheets": [
                      {"kind": "PROJECT", "title": "项目支出绩效自评表", "unitName": "示例单位", "projectName": "机关运转",
                       "subProject": "物业", "totalInvestment": "40.00", "fiscalInvestment": "40.00",
                       "funds": {"rows": [{"key": "total", "label": "年度资金总额", "initialBudget": "40.00",
                                           "fullYearBudget": "40.00", "executed": "38.00", "at": {"line": 30}}],
                                 "weight": "10", "executionRate": "95%", "score": "9.5"},
                       "goalExpected": "保障运转", "goalAchieved": "已保障",
                       "sectionWeights": [{"level1": "产出指标", "weight": "50"}],
                       "indicators": [{"level1": "产出指标", "level2": "数量指标", "name": "保障次数", "target": "≥100次",
                                       "actual": "120次", "weight": "50", "score": "50", "deviationReason": "无", "at": {"line": 31}}],
                       "totalWeight": "100", "totalScore": "95.5", "grade": "优", "at": {"line": 29}}
                    ],
                    "baseData": {
                      "establishment": "20", "activeStaff": "18", "controlRate": "90%",
                      "rows": [{"key": "three-public", "label": "三公经费", "priorActual": "5.00", "currentBudget": "6.00",
                                "currentActual": "4.00", "at": {"line": 40}},
                               {"key": "project.business", "label": "业务工作经费", "currentActual": "1.00"}],
                      "buildingApprovedScale": "0", "buildingActualScale": "0", "buildingScaleControlRate": "0",
                      "buildingBudgetInvestment": "0", "buildingActualInvestment": "0", "buildingInvestmentControlRate": "0",
                      "savingMeasures": "严格执行中央八项规定。"
                    }
                  },
                  "narrative": [
                    {"part": "final-accounts", "numbering": "一、", "heading": "收入支出决算总体情况说明", "level": 1,
                     "paragraphs": [{"text": "2021年度收入总计1,474.07万元。", "at": {"line": 50}}], "at": {"line": 49}},
                    {"part": "glossary", "heading": "名词解释", "level": 1}
                  ]
                }
                """;
    }
}
