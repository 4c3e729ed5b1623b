package org.jixiao.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jixiao.report.domain.Assets;
import org.jixiao.report.domain.BaseDataRow;
import org.jixiao.report.domain.BaseDataSheet;
import org.jixiao.report.domain.Disclosures;
import org.jixiao.report.domain.FundRow;
import org.jixiao.report.domain.PerformanceSheet;
import org.jixiao.report.domain.Procurement;
import org.jixiao.report.domain.Report;
import org.jixiao.report.domain.SheetKind;
import org.jixiao.report.domain.StatementTable;
import org.jixiao.report.domain.TableKind;
import org.jixiao.report.domain.TableRow;
import org.jixiao.report.domain.ThreePublicActivity;
import org.jixiao.report.domain.UnitProfile;
import org.jixiao.rules.CheckContext;
import org.jixiao.rules.Location;
import org.jixiao.shared.Figure;

/**
 * A reference to stated figures, as rules write it (docs/rules.md):
 * <ul>
 * <li>{@code T:EXPENDITURE|total|project} — a table cell by table kind, row key and column key; the row
 * {@code @categories} stands for every 类 row (3-digit code);</li>
 * <li>{@code unit.staffTotal}, {@code procurement.goods}, {@code assets.vehiclesByUse.*},
 * {@code activity.vehiclesHeld}, {@code baseData.controlRate}, {@code baseData.vehicle-running.currentActual},
 * {@code whole.funds.total.executed}, {@code projects.funds.total.executed} (one per 项目支出自评表) — named
 * figures of the other parts.</li>
 * </ul>
 * A leading {@code -} subtracts the operand in a sum; a trailing {@code ?} marks an optional operand that
 * reads as zero when the document does not state it. A cell missing from a stated row reads as blank (the
 * canonical format leaves empty cells out); a row or part that is not stated is "cannot check".
 */
public record FigureRef(String path, boolean negative, boolean optional) {

    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("amount", "决算数"), Map.entry("total", "合计"), Map.entry("basic", "基本支出"),
            Map.entry("project", "项目支出"), Map.entry("fiscal", "财政拨款收入"), Map.entry("superior-subsidy", "上级补助收入"),
            Map.entry("business", "事业收入"), Map.entry("operating", "经营"), Map.entry("affiliated", "附属单位上缴收入"),
            Map.entry("other", "其他收入"), Map.entry("to-superior", "上缴上级支出"), Map.entry("to-affiliated", "对附属单位补助支出"),
            Map.entry("general-budget", "一般公共预算财政拨款"), Map.entry("government-fund", "政府性基金预算财政拨款"),
            Map.entry("state-capital", "国有资本经营预算财政拨款"), Map.entry("budget", "预算数"), Map.entry("actual", "决算数"),
            Map.entry("income", "本年收入"), Map.entry("expenditure", "本年支出"), Map.entry("opening-balance", "年初结转和结余"),
            Map.entry("closing-balance", "年末结转和结余"));

    /**
     * References already read, by text: the rule registry names a few hundred, and every check of every report reads
     * them again. A reference is immutable; the map stays as small as the registries loaded.
     */
    private static final Map<String, FigureRef> PARSED = new ConcurrentHashMap<>();

    public static FigureRef parse(String text) {
        FigureRef known = PARSED.get(text);
        return known != null ? known : PARSED.computeIfAbsent(text, FigureRef::read);
    }

    private static FigureRef read(String text) {
        String t = text.strip();
        boolean negative = t.startsWith("-");
        if (negative) t = t.substring(1).strip();
        boolean optional = t.endsWith("?");
        if (optional) t = t.substring(0, t.length() - 1);
        return new FigureRef(t, negative, optional);
    }

    public static List<FigureRef> parseAll(List<String> texts) {
        return texts.stream().map(FigureRef::parse).toList();
    }

    /** The operands this reference stands for; empty when not stated (an optional operand then reads zero). */
    public Optional<List<Operand>> resolve(Report report) {
        return resolve(report, (table, key) -> table.row(key));
    }

    /**
     * The operands this reference stands for in this run's report, as {@link #resolve(Report)}, but resolved once per
     * run and reference: table rows are looked up in the run's {@link TableIndex}, and the operands (immutable) are
     * kept by the run's context for every later rule that names the same figures.
     */
    public Optional<List<Operand>> resolve(Report report, CheckContext context) {
        return context.derived(ResolvedFigures.class, ResolvedFigures::new)
                .computeIfAbsent(this, ref -> ref.resolve(report, (table, key) -> TableIndex.of(table, context).row(key)));
    }

    /** The operands already resolved in one check run, by reference. */
    private static final class ResolvedFigures extends ConcurrentHashMap<FigureRef, Optional<List<Operand>>> {
    }

    private Optional<List<Operand>> resolve(Report report, BiFunction<StatementTable, String, Optional<TableRow>> rowLookup) {
        List<Operand> found = path.startsWith("T:") ? tableCells(report, rowLookup) : named(report);
        if (found.isEmpty()) {
            if (!optional) return Optional.empty();
            return Optional.of(List.of(new Operand(path, Figure.of(""), null, negative)));
        }
        return Optional.of(found);
    }

    /** The text split at every separator, trailing empty parts dropped, as {@code String.split} does. */
    static String[] split(String text, char separator) {
        if (text.indexOf(separator) < 0) return new String[] {text};
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, from)) {
            parts.add(text.substring(from, at));
            from = at + 1;
        }
        parts.add(text.substring(from));
        int size = parts.size();
        while (size > 0 && parts.get(size - 1).isEmpty()) size--;
        return parts.subList(0, size).toArray(new String[0]);
    }

    /** The column's Chinese label, for messages. */
    public static String columnLabel(String column) {
        return COLUMNS.getOrDefault(column, column);
    }

    /** A table reference's kind, row key and column key. */
    private record TablePath(TableKind kind, String row, String column) {
        static TablePath read(String path) {
            String[] parts = split(path.substring(2), '|');
            if (parts.length != 3) throw new IllegalArgumentException("a table reference is T:<kind>|<row>|<column>: " + path);
            return new TablePath(TableKind.valueOf(parts[0]), parts[1], parts[2]);
        }
    }

    /** Table paths already read, by text: as {@link #PARSED}, as small as the registries loaded. */
    private static final Map<String, TablePath> TABLE_PATHS = new ConcurrentHashMap<>();

    private List<Operand> tableCells(Report report, BiFunction<StatementTable, String, Optional<TableRow>> rowLookup) {
        TablePath parts = TABLE_PATHS.get(path); // a plain read first: computeIfAbsent may lock the bin even when present
        if (parts == null) parts = TABLE_PATHS.computeIfAbsent(path, TablePath::read);
        TableKind kind = parts.kind();
        Optional<StatementTable> table = report.finalAccountsPart().flatMap(f -> f.table(kind));
        if (table.isEmpty()) return List.of();
        List<TableRow> rows = parts.row().equals("@categories")
                ? table.get().rows().stream().filter(r -> r.isCode() && r.key().length() == 3).toList()
                : rowLookup.apply(table.get(), parts.row()).stream().toList();
        List<Operand> operands = new ArrayList<>();
        for (TableRow row : rows) operands.add(cell(table.get(), row, parts.column(), negative));
        if (parts.row().equals("@categories") && operands.isEmpty() && !table.get().rows().isEmpty()) {
            operands.add(new Operand(table.get().label() + " 各类", Figure.of(""), null, negative));
        }
        return operands;
    }

    /** A cell as an operand; a cell missing from a stated row reads as blank. */
    public static Operand cell(StatementTable table, TableRow row, String column, boolean negative) {
        Figure figure = row.cell(column).orElse(Figure.of(""));
        return Operand.described(figure, negative, () -> table.label() + " " + rowLabel(row) + " " + columnLabel(column),
                () -> Location.table(table.label(), rowLabel(row), columnLabel(column), figure.at() != null ? figure.at() : row.at()));
    }

    private static String rowLabel(TableRow row) {
        String rowName = row.name() != null && !row.name().isBlank() ? row.name() : row.key();
        return row.isCode() ? row.key() + " " + rowName : rowName;
    }

    private List<Operand> named(Report report) {
        int firstDot = path.indexOf('.');
        String[] parts = firstDot < 0 ? new String[] {path} : new String[] {path.substring(0, firstDot), path.substring(firstDot + 1)};
        if (parts.length != 2) throw new IllegalArgumentException("unknown figure reference " + path);
        String part = parts[0];
        String field = parts[1];
        Optional<Disclosures> disclosures = report.finalAccountsPart().map(f -> f.disclosures());
        switch (part) {
            case "unit" -> {
                return one(Optional.ofNullable(report.unit()).map(unitField(field)), "单位概况", UNIT_LABELS.getOrDefault(field, field));
            }
            case "procurement" -> {
                return one(disclosures.map(Disclosures::procurement).map(procurementField(field)), "政府采购", PROCUREMENT_LABELS.getOrDefault(field, field));
            }
            case "activity" -> {
                return one(disclosures.map(Disclosures::threePublicActivity).map(activityField(field)), "三公经费说明", ACTIVITY_LABELS.getOrDefault(field, field));
            }
            case "assets" -> {
                Optional<Assets> assets = disclosures.map(Disclosures::assets);
                if (field.equals("vehiclesTotal")) return one(assets.map(Assets::vehiclesTotal), "国有资产占用", "车辆总数");
                if (field.equals("vehiclesByUse.*")) {
                    List<Operand> out = new ArrayList<>();
                    assets.ifPresent(a -> a.vehiclesByUse().forEach((k, f) -> out.add(named(f, "国有资产占用", "车辆（" + k + "）"))));
                    return out;
                }
                throw new IllegalArgumentException("unknown figure reference " + path);
            }
            case "baseData" -> {
                Optional<BaseDataSheet> base = report.selfEvaluationPart().map(s -> s.baseData());
                switch (field) {
                    case "establishment" -> { return one(base.map(BaseDataSheet::establishment), "基础数据表", "编制数"); }
                    case "activeStaff" -> { return one(base.map(BaseDataSheet::activeStaff), "基础数据表", "实际在职人数"); }
                    case "controlRate" -> { return one(base.map(BaseDataSheet::controlRate), "基础数据表", "控制率"); }
                    default -> {
                        int dot = field.lastIndexOf('.');
                        String key = field.substring(0, dot);
                        String column = field.substring(dot + 1);
                        Optional<BaseDataRow> row = base.flatMap(b -> b.row(key));
                        Optional<Figure> f = row.map(r -> switch (column) {
                            case "priorActual" -> r.priorActual();
                            case "currentBudget" -> r.currentBudget();
                            case "currentActual" -> r.currentActual();
                            default -> throw new IllegalArgumentException("unknown base-data column " + column);
                        });
                        return one(f, "基础数据表", row.map(r -> r.label() != null ? r.label() : key).orElse(key) + " " + column);
                    }
                }
            }
            case "projects" -> {
                if (!field.equals("funds.total.executed")) throw new IllegalArgumentException("unknown figure reference " + path);
                List<PerformanceSheet> sheets = report.selfEvaluationPart().map(s -> s.sheets()).orElse(List.of()).stream()
                        .filter(sh -> sh.kind() == SheetKind.PROJECT).toList();
                List<Operand> out = new ArrayList<>();
                for (PerformanceSheet sheet : sheets) {
                    Optional<Figure> f = Optional.ofNullable(sheet.funds()).flatMap(b -> b.row("total")).map(FundRow::executed);
                    if (f.isEmpty()) return List.of();
                    out.add(named(f.get(), sheet.label(), "全年执行数"));
                }
                return out;
            }
            case "whole" -> {
                String[] f = split(field, '.');
                if (f.length != 3 || !f[0].equals("funds")) throw new IllegalArgumentException("unknown figure reference " + path);
                Optional<FundRow> row = report.selfEvaluationPart().flatMap(s -> s.sheets().stream().filter(sh -> sh.kind() == SheetKind.WHOLE).findFirst())
                        .map(PerformanceSheet::funds).flatMap(b -> b == null ? Optional.empty() : b.row(f[1]));
                Optional<Figure> figure = row.map(r -> switch (f[2]) {
                    case "initialBudget" -> r.initialBudget();
                    case "fullYearBudget" -> r.fullYearBudget();
                    case "executed" -> r.executed();
                    default -> throw new IllegalArgumentException("unknown fund column " + f[2]);
                });
                return one(figure, "整体支出绩效自评表", "资金情况 " + f[1] + " " + f[2]);
            }
            default -> throw new IllegalArgumentException("unknown figure reference " + path);
        }
    }

    private List<Operand> one(Optional<Figure> figure, String part, String label) {
        return figure.map(f -> List.of(named(f, part, label))).orElse(List.of());
    }

    private Operand named(Figure f, String part, String label) {
        return Operand.described(f, negative, () -> part + " " + label, () -> new Location(part, null, null, null, label, null, f.at()));
    }

    private static final Map<String, String> UNIT_LABELS = Map.of("staffTotal", "实有人数", "staffActive", "在职人员",
            "staffRetiredCadres", "离休人员", "staffRetired", "退休人员", "establishment", "编制数", "internalOfficeCount", "内设科室数");
    private static final Map<String, String> PROCUREMENT_LABELS = Map.of("total", "政府采购支出总额", "goods", "货物支出", "works", "工程支出",
            "services", "服务支出", "smeAmount", "授予中小企业合同金额", "smeShare", "中小企业占比", "smallMicroAmount", "授予小微企业合同金额",
            "smallMicroShare", "小微企业占比");
    private static final Map<String, String> ACTIVITY_LABELS = Map.of("abroadGroups", "出国团组", "abroadPersons", "出国人次",
            "receptionGroups", "接待团组", "receptionPersons", "接待人次", "vehiclesPurchased", "更新公务用车", "vehiclesHeld", "公务用车保有量");

    private static Function<UnitProfile, Figure> unitField(String field) {
        return switch (field) {
            case "staffTotal" -> UnitProfile::staffTotal;
            case "staffActive" -> UnitProfile::staffActive;
            case "staffRetiredCadres" -> UnitProfile::staffRetiredCadres;
            case "staffRetired" -> UnitProfile::staffRetired;
            case "establishment" -> UnitProfile::establishment;
            case "internalOfficeCount" -> UnitProfile::internalOfficeCount;
            default -> throw new IllegalArgumentException("unknown unit field " + field);
        };
    }

    private static Function<Procurement, Figure> procurementField(String field) {
        return switch (field) {
            case "total" -> Procurement::total;
            case "goods" -> Procurement::goods;
            case "works" -> Procurement::works;
            case "services" -> Procurement::services;
            case "smeAmount" -> Procurement::smeAmount;
            case "smeShare" -> Procurement::smeShare;
            case "smallMicroAmount" -> Procurement::smallMicroAmount;
            case "smallMicroShare" -> Procurement::smallMicroShare;
            default -> throw new IllegalArgumentException("unknown procurement field " + field);
        };
    }

    private static Function<ThreePublicActivity, Figure> activityField(String field) {
        return switch (field) {
            case "abroadGroups" -> ThreePublicActivity::abroadGroups;
            case "abroadPersons" -> ThreePublicActivity::abroadPersons;
            case "receptionGroups" -> ThreePublicActivity::receptionGroups;
            case "receptionPersons" -> ThreePublicActivity::receptionPersons;
            case "vehiclesPurchased" -> ThreePublicActivity::vehiclesPurchased;
            case "vehiclesHeld" -> ThreePublicActivity::vehiclesHeld;
            default -> throw new IllegalArgumentException("unknown activity field " + field);
        };
    }
}
