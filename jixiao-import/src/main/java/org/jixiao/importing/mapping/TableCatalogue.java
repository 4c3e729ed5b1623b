package org.jixiao.importing.mapping;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.report.domain.TableKind;

/**
 * The 决算 tables by meaning (表目录): the title variants that name each kind whatever its number, and the
 * header texts that name its columns (docs/report-format.md). Table numbers are read from the document,
 * never inferred from the order, so the 2021 order and the Hunan 2022+ order map alike.
 */
final class TableCatalogue {

    private static final Map<TableKind, Pattern> TITLES = new LinkedHashMap<>();
    private static final Map<TableKind, Map<String, String>> COLUMNS = new EnumMap<>(TableKind.class);
    private static final Pattern NUMBER = Pattern.compile("公开\\s*(\\d{1,2})\\s*表");

    static {
        // Order matters: the more specific titles first (财政拨款收入支出决算总表 ends like 收入支出决算总表).
        TITLES.put(TableKind.BASIC_EXPENDITURE_DETAIL, Pattern.compile("一般公共预算财政拨款基本支出决算(明细)?表$"));
        TITLES.put(TableKind.THREE_PUBLIC_COSTS, Pattern.compile("三公经费(支出)?(预)?决算表$"));
        TITLES.put(TableKind.GENERAL_BUDGET_EXPENDITURE, Pattern.compile("一般公共预算财政拨款支出决算表$"));
        TITLES.put(TableKind.GOVERNMENT_FUND, Pattern.compile("政府性基金预算财政拨款(收入支出|收支|支出)决算表$"));
        TITLES.put(TableKind.STATE_CAPITAL, Pattern.compile("国有资本经营预算财政拨款(收入支出|收支|支出)决算表$"));
        TITLES.put(TableKind.FISCAL_SUMMARY, Pattern.compile("财政拨款收(入)?支(出)?决算总表$"));
        TITLES.put(TableKind.INCOME_EXPENDITURE_SUMMARY, Pattern.compile("收(入)?支(出)?决算总表$"));
        TITLES.put(TableKind.INCOME, Pattern.compile("收入决算表$"));
        TITLES.put(TableKind.EXPENDITURE, Pattern.compile("支出决算表$"));

        COLUMNS.put(TableKind.INCOME, columns(
                "本年收入合计|合计|收入合计", "total", "财政拨款收入|财政拨款", "fiscal", "上级补助收入", "superior-subsidy",
                "事业收入", "business", "经营收入", "operating", "附属单位上缴收入", "affiliated", "其他收入", "other"));
        COLUMNS.put(TableKind.EXPENDITURE, columns(
                "本年支出合计|合计|支出合计", "total", "基本支出", "basic", "项目支出", "project", "上缴上级支出", "to-superior",
                "经营支出", "operating", "对附属单位补助支出", "to-affiliated"));
        COLUMNS.put(TableKind.GENERAL_BUDGET_EXPENDITURE, columns(
                "小计|合计|本年支出|本年支出合计|决算数", "total", "基本支出", "basic", "项目支出", "project",
                "年初预算数|年初预算", "initialBudget", "上年决算数", "prior"));
        COLUMNS.put(TableKind.GOVERNMENT_FUND, columns(
                "年初结转和结余", "opening-balance", "本年收入", "income", "本年支出|小计|本年支出小计", "expenditure",
                "基本支出", "basic", "项目支出", "project", "年末结转和结余", "closing-balance"));
        COLUMNS.put(TableKind.STATE_CAPITAL, columns(
                "合计|小计|本年支出|本年支出合计", "total", "基本支出", "basic", "项目支出", "project"));
        COLUMNS.put(TableKind.FISCAL_SUMMARY, columns(
                "合计|金额|小计", "total", "一般公共预算财政拨款", "general-budget", "政府性基金预算财政拨款", "government-fund",
                "国有资本经营预算财政拨款", "state-capital"));
        COLUMNS.put(TableKind.INCOME_EXPENDITURE_SUMMARY, columns(
                "金额|决算数|本年决算数", "amount", "上年决算数", "prior", "年初预算数", "initialBudget"));
        COLUMNS.put(TableKind.THREE_PUBLIC_COSTS, columns(
                "合计|总计", "total", "因公出国(境)费|因公出国(境)费用", "abroad", "公务用车购置及运行费|小计|公务用车购置及运行维护费", "vehicles",
                "公务用车购置费", "vehicle-purchase", "公务用车运行费|公务用车运行维护费", "vehicle-running", "公务接待费", "reception"));
    }

    /** Header words that structure a table but name no value column. */
    static final Pattern STRUCTURAL = Pattern.compile(
            "项目|项目名称|科目编码|科目名称|功能分类科目编码|功能分类科目|经济分类科目编码|栏次|行次|部门:.*|单位:.*|金额单位:.*|编码|名称|收入|支出|本年支出|人员经费|公用经费");

    private TableCatalogue() {}

    private static Map<String, String> columns(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            for (String label : pairs[i].split("\\|")) m.put(label, pairs[i + 1]);
        }
        return m;
    }

    /** The kind a title line names, if it is a table title (not a heading that mentions one). */
    static Optional<TableKind> kindOfTitle(String text) {
        if (text.startsWith("- ")) return Optional.empty();
        String n = Labels.normalise(text).replaceAll("公开\\d{1,2}表", "");
        if (n.length() > 50 || n.contains("说明") || n.contains("情况") || n.contains("。")) return Optional.empty();
        for (Map.Entry<TableKind, Pattern> e : TITLES.entrySet()) {
            if (e.getValue().matcher(n).find()) return Optional.of(e.getKey());
        }
        return Optional.empty();
    }

    /** The table number a line states, as printed ({@code 公开 04 表} stays so). */
    static Optional<String> number(String text) {
        Matcher m = NUMBER.matcher(text);
        if (!m.find()) return Optional.empty();
        return Optional.of(m.group().strip());
    }

    /** The column key a header text names in a table of this kind. */
    static Optional<String> column(TableKind kind, String header) {
        Map<String, String> m = COLUMNS.get(kind);
        if (m == null) return Optional.empty();
        return Optional.ofNullable(m.get(Labels.normalise(header)));
    }

    static boolean isStructural(String header) {
        return STRUCTURAL.matcher(Labels.normalise(header)).matches();
    }

    static List<TableKind> kinds() {
        return new ArrayList<>(TITLES.keySet());
    }
}
