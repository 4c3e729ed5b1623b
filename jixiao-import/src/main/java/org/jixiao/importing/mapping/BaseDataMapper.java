package org.jixiao.importing.mapping;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.importing.document.TableLine;
import org.jixiao.report.domain.BaseDataRow;
import org.jixiao.report.domain.BaseDataSheet;
import org.jixiao.shared.Figure;

/**
 * Maps a 基础数据表 (SPEC §2.2), best effort: 财政供养人员 (编制数, 实际在职人数, 控制率) from the row under their
 * headers; 经费控制 rows by label under a header with 上年决算 / 本年预算 / 本年决算 columns; 楼堂馆所控制 from the
 * row under 批复规模 … 投资概算控制率; the 厉行节约保障措施 text. Rows whose label has no key in the model (the
 * 公务用车购置和维护 subtotal, for one) are noted.
 */
final class BaseDataMapper {

    private final Sink sink;

    BaseDataMapper(Sink sink) {
        this.sink = sink;
    }

    BaseDataSheet map(TableContext ctx) {
        List<TableLine> lines = ctx.block.rows();
        String label = ctx.title;
        Figure establishment = null, active = null, controlRate = null;
        Figure approved = null, actualScale = null, scaleRate = null, budgetInvestment = null, actualInvestment = null, investmentRate = null;
        String saving = null;
        List<BaseDataRow> rows = new ArrayList<>();
        int[] money = null;
        String section = null;
        for (int r = 0; r < lines.size(); r++) {
            TableLine l = lines.get(r);
            int est = find(l, "编制数");
            int act = find(l, "在职");
            int rate = find(l, "控制率");
            if (est >= 0 && act >= 0 && find(l, "批复规模") < 0) {
                TableLine values = hasValueAt(l, est) ? l : next(lines, r);
                establishment = valueBelow(values, est, label);
                active = valueBelow(values, act, label);
                if (rate >= 0) controlRate = valueBelow(values, rate, label);
                continue;
            }
            if (find(l, "批复规模") >= 0) {
                TableLine values = next(lines, r);
                approved = valueBelow(values, find(l, "批复规模"), label);
                actualScale = valueBelow(values, find(l, "实际规模"), label);
                scaleRate = valueBelow(values, find(l, "规模控制率"), label);
                budgetInvestment = valueBelow(values, find(l, "预算投资"), label);
                actualInvestment = valueBelow(values, find(l, "实际投资"), label);
                investmentRate = valueBelow(values, find(l, "投资概算控制率"), label);
                money = null;
                continue;
            }
            int saveAt = find(l, "厉行节约");
            if (saveAt >= 0) {
                for (int i = saveAt + 1; i < l.size(); i++) if (!l.text(i).isEmpty()) saving = l.text(i);
                continue;
            }
            if (find(l, "决算") >= 0 && find(l, "预算") >= 0 && firstLabel(l) >= 0 && !hasAmount(l)) {
                List<Integer> cols = new ArrayList<>();
                for (int i = 0; i < l.size(); i++) if (Labels.normalise(l.text(i)).matches(".*(决算|预算).*")) cols.add(i);
                if (cols.size() >= 3) money = new int[] {cols.get(cols.size() - 3), cols.get(cols.size() - 2), cols.get(cols.size() - 1)};
                continue;
            }
            if (money == null) continue;
            int at = firstLabel(l);
            if (at < 0) continue;
            String text = l.text(at);
            if (l.cells().stream().filter(c -> !c.text().isEmpty()).count() == 1) continue; // a heading row such as 楼堂馆所控制情况
            String key = key(Labels.normalise(text).replaceFirst("^其中:", ""), section);
            if (key == null) {
                sink.note(l.place(), label, "基础数据表的行“" + text + "”在模型中没有对应项，未导入");
                continue;
            }
            if (key.equals("project") || key.equals("three-public") || key.equals("public")) section = key;
            rows.add(new BaseDataRow(key, text, valueBelow(l, money[0], label), valueBelow(l, money[1], label), valueBelow(l, money[2], label),
                    sink.at(l.place(), label)));
        }
        return new BaseDataSheet(establishment, active, controlRate, rows, approved, actualScale, scaleRate, budgetInvestment,
                actualInvestment, investmentRate, saving);
    }

    private static String key(String n, String section) {
        // Under 项目支出 every row is one of its items (业务工作经费, 运行维护经费 …) until the next main row: a
        // 运行维护经费 there is not the 公车运行维护 of the 三公经费.
        if ("project".equals(section) && !n.isEmpty() && !mainRow(n)) return "project." + n;
        if (n.startsWith("三公经费")) return "three-public";
        if (n.contains("公车购置") || n.contains("公务用车购置费")) return "vehicle-purchase";
        if (n.contains("公车运行") || n.contains("运行维护")) return "vehicle-running";
        if (n.contains("出国")) return "abroad";
        if (n.contains("公务接待")) return "reception";
        if (n.startsWith("项目支出")) return "project";
        if (n.startsWith("公用经费")) return "public";
        if (n.startsWith("办公")) return "office";
        if (n.contains("水费") || n.contains("差旅费")) return "utilities-travel";
        if (n.contains("会议费") || n.contains("培训费")) return "meetings-training";
        if (n.contains("政府采购")) return "procurement";
        if (n.contains("基本支出预算调整")) return "basic-adjustment";
        return null;
    }

    /** A 经费控制 row that ends the 项目支出 items. */
    private static boolean mainRow(String n) {
        return n.startsWith("项目支出") || n.startsWith("三公经费") || n.startsWith("公用经费") || n.contains("政府采购")
                || n.contains("基本支出预算调整") || n.contains("公务用车");
    }

    private Figure valueBelow(TableLine l, int i, String table) {
        if (l == null || i < 0) return null;
        return sink.figure(l.text(i), l.placeOf(i), table);
    }

    private static boolean hasValueAt(TableLine l, int i) {
        String t = l.text(i + 1);
        return !t.isEmpty() && Labels.isAmount(t.replace("%", ""));
    }

    private static TableLine next(List<TableLine> lines, int r) {
        return r + 1 < lines.size() ? lines.get(r + 1) : null;
    }

    private static int find(TableLine l, String word) {
        for (int i = 0; i < l.size(); i++) if (Labels.normalise(l.text(i)).contains(word)) return i;
        return -1;
    }

    private static int firstLabel(TableLine l) {
        for (int i = 0; i < l.size(); i++) if (!l.text(i).isEmpty() && Labels.hasCjk(l.text(i))) return i;
        return -1;
    }

    private static boolean hasAmount(TableLine l) {
        for (int i = 0; i < l.size(); i++) if (Labels.isAmount(l.text(i))) return true;
        return false;
    }
}
