package org.jixiao.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jixiao.codes.CodeList;
import org.jixiao.report.domain.Report;
import org.jixiao.report.domain.StatementTable;
import org.jixiao.report.domain.TableRow;
import org.jixiao.rules.CheckContext;
import org.jixiao.rules.Location;
import org.jixiao.rules.RuleKind;
import org.jixiao.rules.RuleParameters;
import org.jixiao.rules.Violation;

/**
 * {@code code-list}: the code rows of the given tables against the year's code list ({@code scheme:
 * functional|economic}). {@code check: exists} — the code is in the list (V08/V26); {@code name} — the printed
 * name differs from the list's in words; {@code punctuation} — it differs only in full/half-width brackets,
 * spaces or dashes; {@code parents} — a 款 or 项 row whose parent row is missing from the table; {@code leaves}
 * — a 类 or 款 row listed without its 款 or 项 although the code list has them (detail rows are 项, V08).
 */
final class CodeListKind implements RuleKind {

    @Override
    public String name() {
        return "code-list";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("tables", "scheme", "check");
    }

    @Override
    public Set<String> requiredParameters() {
        return Set.of("tables", "scheme", "check");
    }

    @Override
    public Set<String> messageValues() {
        return Set.of("code", "name", "listName", "table", "year");
    }

    @Override
    public List<Violation> check(Report report, RuleParameters p, CheckContext context) {
        CodeList list = p.required("scheme").equals("economic") ? context.codeLists().economic() : context.codeLists().functional();
        String mode = p.required("check");
        List<Violation> out = new ArrayList<>();
        for (StatementTable table : Tables.tables(report, p.list("tables"))) {
            TableIndex index = TableIndex.of(table, context);
            for (TableRow row : table.rows()) {
                if (!row.isCode()) continue;
                Optional<String> listName = list.nameOf(row.key());
                switch (mode) {
                    case "exists" -> {
                        if (listName.isEmpty()) out.add(violation(table, row, list, listName, row.key(),
                                "（" + list.year() + "年" + list.scheme().label() + "中无此编码）",
                                "编码 " + row.key() + " ∈ " + list.year() + "年" + list.scheme().label()));
                    }
                    case "name", "punctuation" -> {
                        if (listName.isEmpty() || row.name() == null || row.name().isBlank()) continue;
                        String printed = withoutNumbering(row.name().strip());
                        if (printed.equals(listName.get())) continue;
                        boolean sameWords = normalise(printed).equals(normalise(listName.get()));
                        if (sameWords == mode.equals("punctuation")) {
                            out.add(violation(table, row, list, listName, row.name(), listName.get(),
                                    "科目名称 = " + list.year() + "年" + list.scheme().label() + "名称"));
                        }
                    }
                    case "parents" -> {
                        if (row.key().length() == 3) continue;
                        String parent = row.key().substring(0, row.key().length() - 2);
                        if (index.row(parent).isEmpty()) out.add(violation(table, row, list, listName, "（缺少上级科目 " + parent + "）",
                                parent, "科目 " + row.key() + " 的上级科目 " + parent + " 应列示"));
                    }
                    case "leaves" -> {
                        if (row.key().length() == 7 || listName.isEmpty() || list.childrenOf(row.key()).isEmpty()) continue;
                        if (!index.children(row).isEmpty()) continue;
                        String level = row.key().length() == 3 ? "款" : "项";
                        out.add(violation(table, row, list, listName, row.key() + "（无下级" + level + "）", "列至" + level + "级科目",
                                "科目 " + row.key() + " 有下级" + level + "级科目，明细应列至" + level));
                    }
                    default -> throw new IllegalArgumentException("check must be exists, name, punctuation, parents or leaves");
                }
            }
        }
        return out;
    }

    /** A violation at a code row, with the row's place and named values (built only for a violation: most rows pass). */
    private static Violation violation(StatementTable table, TableRow row, CodeList list, Optional<String> listName,
            String stated, String expected, String formula) {
        Location at = Location.table(table.label(), row.key() + " " + (row.name() == null ? "" : row.name()), null, row.at());
        Map<String, String> values = new java.util.HashMap<>(Map.of("code", row.key(), "table", table.label(),
                "year", String.valueOf(list.year())));
        values.put("name", row.name() == null ? "" : row.name());
        values.put("listName", listName.orElse("（无）"));
        return Violation.of(at, stated, expected, formula, values);
    }

    private static final String NUMERALS = "一二三四五六七八九十";

    /**
     * The name without its numbering: the 01/04 tables number their 类 rows (一、一般公共服务支出), and the numbering is
     * not part of the name. What {@code replaceFirst("^[一二三四五六七八九十]+、\\s*", "")} gives, without the pattern:
     * every code row of seven tables is read, twice.
     */
    static String withoutNumbering(String name) {
        int at = 0;
        while (at < name.length() && NUMERALS.indexOf(name.charAt(at)) >= 0) at++;
        if (at == 0 || at >= name.length() || name.charAt(at) != '、') return name;
        at++;
        while (at < name.length() && blank(name.charAt(at))) at++;
        return name.substring(at);
    }

    private static boolean blank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\u3000]");

    /** Full-width and half-width brackets, spaces and dashes are typography, not a different name. */
    static String normalise(String name) {
        return SPACES.matcher(name.replace('（', '(').replace('）', ')')).replaceAll("").replace('－', '-').replace('—', '-');
    }
}
