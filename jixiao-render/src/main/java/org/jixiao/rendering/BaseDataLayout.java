package org.jixiao.rendering;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.report.domain.BaseDataRow;
import org.jixiao.report.domain.BaseDataSheet;
import org.jixiao.shared.Figure;

/**
 * The 部门整体支出绩效评价基础数据表 (SPEC §2.2) in seven columns: 财政供养人员 (编制数, 实际在职人数, 控制率 =
 * 在职 ÷ 编制), 经费控制 rows with 上年决算数 / 本年预算数 / 本年决算数, 楼堂馆所控制 (批复规模, 实际规模, 规模控制率 =
 * 实际 ÷ 批复; 预算投资, 实际投资, 投资概算控制率 = 实际 ÷ 预算) and the 厉行节约保障措施 text.
 *
 * <p>The rates are live formulas, and 三公经费 = 公车购置 + 公车运行维护 + 出国经费 + 公务接待 and 项目支出 = Σ its
 * sub-rows are live sums, each only where it gives exactly the stated figure (the report is printed as stated).
 * The row and header words are the ones the importer's {@code BaseDataMapper} reads back.
 */
final class BaseDataLayout {

    private static final int COLUMNS = 7;
    private static final String[] THREE_PUBLIC_PARTS = {"vehicle-purchase", "vehicle-running", "abroad", "reception"};
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("three-public", "三公经费"), Map.entry("vehicle-purchase", "公车购置"), Map.entry("vehicle-running", "公车运行维护"),
            Map.entry("abroad", "出国经费"), Map.entry("reception", "公务接待"), Map.entry("project", "项目支出"),
            Map.entry("public", "公用经费"), Map.entry("office", "其中：办公费"), Map.entry("utilities-travel", "水费、电费、差旅费"),
            Map.entry("meetings-training", "会议费、培训费"), Map.entry("procurement", "政府采购金额"),
            Map.entry("basic-adjustment", "部门基本支出预算调整"));
    private static final String[] COLUMN_KEYS = {"prior", "budget", "actual"};

    private BaseDataLayout() {}

    /** The standard title: {@code 2024年度部门整体支出绩效评价基础数据表}. */
    static String title(int fiscalYear) {
        return fiscalYear + "年度部门整体支出绩效评价基础数据表";
    }

    static Block.Table layout(BaseDataSheet b, int fiscalYear) {
        GridBuilder g = new GridBuilder();
        List<List<Cell>> body = new ArrayList<>();

        body.add(List.of(Cell.header("财政供养人员情况"), Cell.header("编制数"), Cell.header(fiscalYear + "年实际在职人数"),
                Cell.header("控制率"), Cell.empty().span(3)));
        Cell rate = SheetLayouts.rate(g, "staff|rate", b.controlRate());
        List<Cell> staff = new ArrayList<>();
        staff.add(Cell.empty());
        staff.add(SheetLayouts.number(g, "staff|establishment", b.establishment()));
        staff.add(SheetLayouts.number(g, "staff|active", b.activeStaff()));
        staff.add(g.computed(rate, new Formula(Formula.Op.RATIO, List.of("staff|active", "staff|establishment")), scaleOfPercent(b.controlRate())));
        staff.add(Cell.empty().span(3));
        body.add(staff);

        body.add(List.of(Cell.header("经费控制情况"), Cell.header((fiscalYear - 1) + "年决算数"), Cell.header(fiscalYear + "年预算数"),
                Cell.header(fiscalYear + "年决算数"), Cell.empty().span(3)));
        List<BaseDataRow> rows = b.rows();
        // Every amount first, then the totals: 三公经费 comes before the items it adds up.
        List<List<Cell>> money = new ArrayList<>();
        for (BaseDataRow r : rows) {
            Figure[] values = {r.priorActual(), r.currentBudget(), r.currentActual()};
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.label(r.label() != null && !r.label().isBlank() ? r.label() : label(r.key())));
            for (int c = 0; c < 3; c++) cells.add(g.amount(r.key() + "|" + COLUMN_KEYS[c], values[c]));
            cells.add(Cell.empty().span(3));
            money.add(cells);
        }
        for (int i = 0; i < rows.size(); i++) {
            List<String> parts = parts(rows.get(i).key(), rows);
            List<Cell> cells = money.get(i);
            if (!parts.isEmpty()) {
                for (int c = 0; c < 3; c++) cells.set(c + 1, g.sum(cells.get(c + 1), GridBuilder.ids(parts, COLUMN_KEYS[c])));
            }
            body.add(cells);
        }

        body.add(List.of(Cell.header("楼堂馆所控制情况"), Cell.header("批复规模（㎡）"), Cell.header("实际规模（㎡）"), Cell.header("规模控制率"),
                Cell.header("预算投资（万元）"), Cell.header("实际投资（万元）"), Cell.header("投资概算控制率")));
        List<Cell> building = new ArrayList<>();
        building.add(Cell.empty());
        building.add(SheetLayouts.number(g, "building|approved", b.buildingApprovedScale()));
        building.add(SheetLayouts.number(g, "building|actual", b.buildingActualScale()));
        building.add(g.computed(SheetLayouts.rate(g, "building|scaleRate", b.buildingScaleControlRate()),
                new Formula(Formula.Op.RATIO, List.of("building|actual", "building|approved")), scaleOfPercent(b.buildingScaleControlRate())));
        building.add(g.amount("building|budgetInvestment", b.buildingBudgetInvestment()));
        building.add(g.amount("building|actualInvestment", b.buildingActualInvestment()));
        building.add(g.computed(SheetLayouts.rate(g, "building|investmentRate", b.buildingInvestmentControlRate()),
                new Formula(Formula.Op.RATIO, List.of("building|actualInvestment", "building|budgetInvestment")),
                scaleOfPercent(b.buildingInvestmentControlRate())));
        body.add(building);

        body.add(List.of(Cell.header("厉行节约保障措施"), Cell.text(b.savingMeasures()).span(COLUMNS - 1)));
        return new Block.Table("基础数据表", null, title(fiscalYear), "金额单位：万元", List.of(), body, List.of(), null, COLUMNS);
    }

    /** The rows a total row adds up: 三公经费 its four items, 项目支出 its {@code project.*} rows (when present). */
    private static List<String> parts(String key, List<BaseDataRow> rows) {
        List<String> out = new ArrayList<>();
        if (key.equals("three-public")) {
            for (String p : THREE_PUBLIC_PARTS) if (rows.stream().anyMatch(r -> r.key().equals(p))) out.add(p);
        } else if (key.equals("project")) {
            for (BaseDataRow r : rows) if (r.key().startsWith("project.")) out.add(r.key());
        }
        return out;
    }

    private static String label(String key) {
        if (key.startsWith("project.")) return key.substring("project.".length());
        return LABELS.getOrDefault(key, key);
    }

    /** The decimals of a rate as a fraction: {@code 106.67%} → 4. */
    private static int scaleOfPercent(Figure f) {
        return Numbers.percentOf(f).map(p -> Math.max(0, p.value().scale()) + 2).orElse(2);
    }
}
