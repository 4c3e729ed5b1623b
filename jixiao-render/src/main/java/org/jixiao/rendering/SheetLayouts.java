package org.jixiao.rendering;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jixiao.report.domain.FundBlock;
import org.jixiao.report.domain.FundRow;
import org.jixiao.report.domain.Indicator;
import org.jixiao.report.domain.PerformanceSheet;
import org.jixiao.report.domain.SectionWeight;
import org.jixiao.report.domain.SheetKind;
import org.jixiao.shared.Figure;
import org.jixiao.shared.StatedNumber;

/**
 * The 整体 and 项目 支出绩效自评表 (SPEC §2.2) in nine columns: 部门名称, the project lines, the fund block
 * (年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分), 年度总体目标, the three-level indicators, 总分 and 等级.
 * 执行率 = 执行数 ÷ 预算数, 得分 = 分值 × 执行率 and 总分 = Σ 得分 are live formulas when they give the stated figures.
 */
final class SheetLayouts {

    private static final int COLUMNS = 9;

    private SheetLayouts() {}

    static Block.Table layout(PerformanceSheet s, int fiscalYear, int index) {
        GridBuilder g = new GridBuilder();
        List<List<Cell>> body = new ArrayList<>();
        String title = s.title() != null ? s.title().replaceAll("\\s+", "")
                : fiscalYear + "年度" + (s.kind() == SheetKind.WHOLE ? "部门整体支出绩效自评表" : "项目支出绩效自评表");
        body.add(List.of(Cell.label("部门名称"), Cell.text(s.unitName()).span(COLUMNS - 1)));
        if (s.kind() == SheetKind.PROJECT) {
            body.add(List.of(Cell.label("项目支出名称").rows(2), Cell.label("专项名称"), Cell.text(s.projectName()).span(2),
                    Cell.label("项目总投资（万元）"), amountText(s.totalInvestment()).span(4)));
            body.add(List.of(Cell.label("支出方向名称（子项目）"), Cell.text(s.subProject()).span(2),
                    Cell.label("其中：财政拨款（万元）"), amountText(s.fiscalInvestment()).span(4)));
        }
        List<String> scoreIds = new ArrayList<>();
        List<String> weightIds = new ArrayList<>();
        FundBlock funds = s.funds();
        if (funds != null) {
            int n = funds.rows().size();
            body.add(List.of(Cell.label("资金情况（万元）").rows(n + 1), Cell.header("年度资金总额"), Cell.header("年初预算数"),
                    Cell.header("全年预算数"), Cell.header("全年执行数"), Cell.header("分值"), Cell.header("执行率"),
                    Cell.header("得分（分值×执行率）"), Cell.empty()));
            for (FundRow r : funds.rows()) {
                List<Cell> cells = new ArrayList<>();
                cells.add(Cell.label(r.label() != null ? r.label() : r.key()));
                cells.add(g.amount("fund." + r.key() + "|initial", r.initialBudget()));
                cells.add(g.amount("fund." + r.key() + "|full", r.fullYearBudget()));
                cells.add(g.amount("fund." + r.key() + "|executed", r.executed()));
                if (r.key().equals("total")) {
                    Cell weight = number(g, "fund|weight", funds.weight());
                    Cell rate = rate(g, "fund|rate", funds.executionRate());
                    rate = g.computed(rate, new Formula(Formula.Op.RATIO, List.of("fund.total|executed", "fund.total|full")), scaleOf(funds.executionRate()) + 2);
                    Cell score = number(g, "fund|score", funds.score());
                    score = g.computed(score, new Formula(Formula.Op.PRODUCT, List.of("fund|weight", "fund|rate")), Math.max(0, scaleOf(funds.score())));
                    cells.add(weight);
                    cells.add(rate);
                    cells.add(score);
                    if (weight.isNumeric()) weightIds.add("fund|weight");
                    if (score.isNumeric()) scoreIds.add("fund|score");
                } else {
                    cells.add(Cell.empty());
                    cells.add(Cell.empty());
                    cells.add(Cell.empty());
                }
                cells.add(Cell.empty());
                body.add(cells);
            }
        }
        body.add(List.of(Cell.label("年度总体目标").rows(2), Cell.header("预期目标").span(3), Cell.header("实际完成情况").span(5)));
        body.add(List.of(Cell.text(s.goalExpected()).span(3), Cell.text(s.goalAchieved()).span(5)));
        body.add(List.of(Cell.label("绩效指标").rows(s.indicators().size() + 1), Cell.header("一级指标"), Cell.header("二级指标"),
                Cell.header("三级指标"), Cell.header("年度指标值"), Cell.header("实际完成值"), Cell.header("分值"), Cell.header("得分"),
                Cell.header("偏差原因分析及改进措施")));
        List<Indicator> list = s.indicators();
        for (int i = 0; i < list.size(); i++) {
            Indicator ind = list.get(i);
            List<Cell> cells = new ArrayList<>();
            boolean newLevel1 = i == 0 || !Objects.equals(list.get(i - 1).level1(), ind.level1());
            boolean newLevel2 = newLevel1 || !Objects.equals(list.get(i - 1).level2(), ind.level2());
            if (newLevel1) {
                int span = 1;
                while (i + span < list.size() && Objects.equals(list.get(i + span).level1(), ind.level1())) span++;
                cells.add(Cell.label(level1Label(s, ind.level1())).rows(span));
            }
            if (newLevel2) {
                int span = 1;
                while (i + span < list.size() && Objects.equals(list.get(i + span).level1(), ind.level1())
                        && Objects.equals(list.get(i + span).level2(), ind.level2())) span++;
                cells.add(Cell.label(ind.level2()).rows(span));
            }
            cells.add(Cell.text(ind.name()));
            cells.add(Cell.text(Numbers.text(ind.target())));
            cells.add(Cell.text(Numbers.text(ind.actual())));
            Cell w = number(g, "ind" + i + "|weight", ind.weight());
            Cell sc = number(g, "ind" + i + "|score", ind.score());
            if (w.isNumeric()) weightIds.add("ind" + i + "|weight");
            if (sc.isNumeric()) scoreIds.add("ind" + i + "|score");
            cells.add(w);
            cells.add(sc);
            cells.add(Cell.text(ind.deviationReason()));
            body.add(cells);
        }
        List<Cell> total = new ArrayList<>();
        total.add(Cell.label("总分").span(6));
        total.add(g.sum(number(g, "total|weight", s.totalWeight()), weightIds));
        total.add(g.sum(number(g, "total|score", s.totalScore()), scoreIds));
        total.add(Cell.text(s.grade() == null ? "" : "等级：" + s.grade().text()));
        body.add(total);
        String sheetName = s.kind() == SheetKind.WHOLE ? "整体自评表" : "项目自评表" + index;
        return new Block.Table(sheetName, null, title, null, List.of(), body,
                List.of("备注：1.“执行率”=“全年执行数”/“全年预算数”；2.总分设置为100分，等级划分为：90分（含）—100分为优，80分（含）—90分为良，60分（含）—80分为中，60分以下为差。"),
                null, COLUMNS);
    }

    private static String level1Label(PerformanceSheet s, String level1) {
        for (SectionWeight w : s.sectionWeights()) {
            if (w.level1().equals(level1) && w.weight() != null) return level1 + "（" + w.weight().text() + "分）";
        }
        return level1;
    }

    private static Cell amountText(Figure f) {
        return Cell.text(f == null ? "" : Numbers.amountOf(f).map(Numbers::amount).orElse(f.text()));
    }

    static Cell number(GridBuilder g, String id, Figure f) {
        if (f == null) return g.number(id, Figure.of(""), null, null);
        BigDecimal v = Numbers.numberOf(f).orElse(null);
        int scale = v == null ? 0 : Math.max(0, v.scale());
        return g.number(id, f, v, scale == 0 ? "0" : "0." + "0".repeat(scale));
    }

    static Cell rate(GridBuilder g, String id, Figure f) {
        StatedNumber p = Numbers.percentOf(f).orElse(null);
        if (p == null) return g.number(id, f == null ? Figure.of("") : f, null, null);
        BigDecimal fraction = p.value().movePointLeft(2);
        int scale = Math.max(0, p.value().scale());
        return g.number(id, f, fraction, scale == 0 ? "0%" : "0." + "0".repeat(scale) + "%");
    }

    private static int scaleOf(Figure f) {
        return f == null ? 0 : f.number().map(n -> Math.max(0, n.value().scale())).orElse(0);
    }
}
