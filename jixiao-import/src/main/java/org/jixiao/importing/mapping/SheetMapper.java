package org.jixiao.importing.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.importing.document.TableLine;
import org.jixiao.report.domain.FundBlock;
import org.jixiao.report.domain.FundRow;
import org.jixiao.report.domain.Indicator;
import org.jixiao.report.domain.PerformanceSheet;
import org.jixiao.report.domain.SectionWeight;
import org.jixiao.report.domain.SheetKind;
import org.jixiao.shared.Figure;

/**
 * Maps a 整体支出 or 项目支出 绩效自评表 (SPEC §2.2): header (部门名称, 项目名称, 项目总投资), the fund block by
 * its header row (年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分), the 年度总体目标, the indicator rows
 * with 一级/二级 carried down from merged cells and the 一级 weights (产出指标（50分）), and 总分/等级.
 */
final class SheetMapper {

    private static final Pattern LEVEL1 = Pattern.compile("^(产出指标|效益指标|满意度指标|成本指标|产出|效益|满意度)(?:\\((\\d+(?:\\.\\d+)?)分\\))?$");
    private static final Map<String, String> LEVEL2_PARENT = Map.ofEntries(
            Map.entry("数量指标", "产出指标"), Map.entry("质量指标", "产出指标"), Map.entry("时效指标", "产出指标"),
            Map.entry("经济效益指标", "效益指标"), Map.entry("社会效益指标", "效益指标"), Map.entry("生态效益指标", "效益指标"),
            Map.entry("可持续影响指标", "效益指标"), Map.entry("服务对象满意度指标", "满意度指标"), Map.entry("服务对象满意度指", "满意度指标"),
            Map.entry("满意度指标", "满意度指标"));
    private static final Pattern LEVEL2 = Pattern.compile(".{1,10}指标?$");

    private final Sink sink;

    SheetMapper(Sink sink) {
        this.sink = sink;
    }

    PerformanceSheet map(TableContext ctx) {
        List<TableLine> lines = ctx.block.rows();
        SheetKind kind = ctx.sheetKind;
        String label = ctx.title;
        String unitName = null, projectName = null, subProject = null, goalExpected = null, goalAchieved = null;
        Figure totalInvestment = null, fiscalInvestment = null, totalWeight = null, totalScore = null, grade = null;
        Figure fundWeight = null, fundRate = null, fundScore = null;
        List<FundRow> funds = new ArrayList<>();
        List<SectionWeight> weights = new ArrayList<>();
        List<Indicator> indicators = new ArrayList<>();
        int[] fundCols = null;
        boolean goalHeader = false, inIndicators = false;
        String level1 = null, level2 = null;
        for (TableLine l : lines) {
            List<Integer> filled = filled(l);
            if (filled.isEmpty()) continue;
            String first = Labels.normalise(l.text(filled.get(0)));
            if (first.startsWith("部门名称") || first.startsWith("单位名称")) {
                unitName = after(l, filled, 0);
                continue;
            }
            int at;
            if ((at = find(l, "专项名称", "项目名称")) >= 0 && projectName == null && !inIndicators) {
                projectName = nextText(l, at);
                int inv = find(l, "项目总投资");
                if (inv >= 0) totalInvestment = figure(l, nextIndex(l, inv), label);
                continue;
            }
            if ((at = find(l, "支出方向名称")) >= 0 && !inIndicators) {
                subProject = nextText(l, at);
                int fis = find(l, "其中:财政拨款");
                if (fis >= 0) fiscalInvestment = figure(l, nextIndex(l, fis), label);
                continue;
            }
            if (find(l, "年初预算数") >= 0 && find(l, "全年执行数") >= 0) {
                fundCols = new int[] {find(l, "年初预算数"), find(l, "全年预算数"), find(l, "全年执行数"), find(l, "分值"), find(l, "执行率"), find(l, "得分")};
                continue;
            }
            if (first.startsWith("年度总体目标") && (find(l, "预期目标") >= 0)) {
                goalHeader = true;
                continue;
            }
            if (find(l, "一级指标") >= 0 && find(l, "三级指标") >= 0) {
                inIndicators = true;
                goalHeader = false;
                continue;
            }
            if (first.startsWith("总分") || first.startsWith("合计") && inIndicators) {
                List<String> rest = new ArrayList<>();
                List<Integer> restAt = new ArrayList<>();
                for (int k = 1; k < filled.size(); k++) {
                    rest.add(l.text(filled.get(k)));
                    restAt.add(filled.get(k));
                }
                for (int k = 0; k < rest.size(); k++) {
                    String t = rest.get(k);
                    Matcher g = Pattern.compile("等级\\s*[:：]\\s*(.*)").matcher(t);
                    if (g.find()) grade = sink.figure(g.group(1).strip(), l.placeOf(restAt.get(k)), label);
                    else if (totalWeight == null) totalWeight = figure(l, restAt.get(k), label);
                    else if (totalScore == null) totalScore = figure(l, restAt.get(k), label);
                }
                inIndicators = false;
                continue;
            }
            if (goalHeader) {
                List<String> texts = new ArrayList<>();
                for (int i : filled) if (!Labels.normalise(l.text(i)).equals("年度总体目标")) texts.add(l.text(i));
                if (!texts.isEmpty()) goalExpected = texts.get(0);
                if (texts.size() > 1) goalAchieved = texts.get(1);
                goalHeader = false;
                continue;
            }
            if (inIndicators) {
                List<String> rest = new ArrayList<>();
                List<Integer> restAt = new ArrayList<>();
                String rowLevel1 = null, rowLevel2 = null;
                for (int i : filled) {
                    String t = l.text(i);
                    String n = Labels.normalise(t);
                    if (n.equals("绩效指标")) continue;
                    Matcher m1 = LEVEL1.matcher(n);
                    // 成本指标 without a weight is the 二级 under 产出; with one it is a 一级 (some regions).
                    if (rest.isEmpty() && rowLevel1 == null && rowLevel2 == null && m1.matches() && (m1.group(2) != null || !m1.group(1).startsWith("成本"))) {
                        rowLevel1 = m1.group(1).endsWith("指标") ? m1.group(1) : m1.group(1) + "指标";
                        if (m1.group(2) != null) weights.add(new SectionWeight(rowLevel1, sink.figure(m1.group(2), l.placeOf(i), label)));
                        continue;
                    }
                    if (rest.isEmpty() && rowLevel2 == null && LEVEL2.matcher(n).matches() && (LEVEL2_PARENT.containsKey(n) || n.endsWith("指标"))) {
                        rowLevel2 = n;
                        continue;
                    }
                    rest.add(t);
                    restAt.add(i);
                }
                if (rowLevel1 != null) level1 = rowLevel1;
                if (rowLevel2 != null) {
                    level2 = rowLevel2;
                    String parent = LEVEL2_PARENT.get(rowLevel2);
                    // A 二级 of another section before its merged 一级 cell (vertically centred) belongs to that section.
                    if (rowLevel1 == null && parent != null && !parent.equals(level1)) level1 = parent;
                }
                if (rest.size() < 3) {
                    sink.note(l.place(), label, "指标行内容不全（" + String.join(" ", rest) + "），未导入");
                    continue;
                }
                if (level1 == null) {
                    sink.note(l.place(), label, "指标行“" + rest.get(0) + "”没有一级指标，未导入");
                    continue;
                }
                String reason = rest.size() > 5 ? String.join(" ", rest.subList(5, rest.size())) : null;
                indicators.add(new Indicator(level1, level2, rest.get(0), figure(l, restAt.get(1), label), figure(l, restAt.get(2), label),
                        rest.size() > 3 ? figure(l, restAt.get(3), label) : null, rest.size() > 4 ? figure(l, restAt.get(4), label) : null,
                        reason, sink.at(l.place(), label)));
                continue;
            }
            if (fundCols != null) {
                String key = fundKey(first);
                if (key == null && filled.size() > 1) key = fundKey(Labels.normalise(l.text(filled.get(1))));
                if (key != null) {
                    String fundLabel = first.isEmpty() ? null : l.text(filled.get(0));
                    for (int i : filled) if (fundKey(Labels.normalise(l.text(i))) != null) fundLabel = l.text(i);
                    funds.add(new FundRow(key, fundLabel, figure(l, fundCols[0], label), figure(l, fundCols[1], label), figure(l, fundCols[2], label),
                            sink.at(l.place(), label)));
                    if (key.equals("total")) {
                        fundWeight = figure(l, fundCols[3], label);
                        fundRate = figure(l, fundCols[4], label);
                        fundScore = figure(l, fundCols[5], label);
                    }
                    continue;
                }
            }
            if (!first.startsWith("项目总实施期") && !first.startsWith("年度总体目标")) {
                sink.note(l.place(), label, "自评表中的行“" + l.text(filled.get(0)) + "”未能识别，未导入");
            }
        }
        FundBlock fundBlock = funds.isEmpty() ? null : new FundBlock(funds, fundWeight, fundRate, fundScore);
        return new PerformanceSheet(kind, ctx.title, unitName, projectName, subProject, totalInvestment, fiscalInvestment, fundBlock,
                goalExpected, goalAchieved, weights, indicators, totalWeight, totalScore, grade, sink.at(ctx.place, label));
    }

    private static String fundKey(String n) {
        if (n.equals("合计") || n.equals("年度资金总额")) return "total";
        if (n.contains("当年财政拨款")) return "current-fiscal";
        if (n.contains("上年结转")) return "carried-over";
        if (n.contains("其他资金")) return "other";
        if (n.contains("基本支出")) return "basic";
        if (n.contains("项目支出")) return "project";
        return null;
    }

    private Figure figure(TableLine l, int i, String table) {
        if (i < 0 || l.isUnknown(i)) return null;
        return sink.figure(l.text(i), l.placeOf(i), table);
    }

    private static List<Integer> filled(TableLine l) {
        List<Integer> f = new ArrayList<>();
        for (int i = 0; i < l.size(); i++) if (!l.text(i).isEmpty()) f.add(i);
        return f;
    }

    private static int find(TableLine l, String... labels) {
        for (int i = 0; i < l.size(); i++) {
            String n = Labels.normalise(l.text(i));
            for (String label : labels) if (n.startsWith(label)) return i;
        }
        return -1;
    }

    private static int nextIndex(TableLine l, int at) {
        for (int i = at + 1; i < l.size(); i++) if (!l.text(i).isEmpty()) return i;
        return -1;
    }

    private static String nextText(TableLine l, int at) {
        int i = nextIndex(l, at);
        return i < 0 ? null : l.text(i);
    }

    private static String after(TableLine l, List<Integer> filled, int k) {
        return filled.size() > k + 1 ? l.text(filled.get(k + 1)) : null;
    }
}
