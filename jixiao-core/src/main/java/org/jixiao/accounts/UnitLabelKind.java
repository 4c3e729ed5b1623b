package org.jixiao.accounts;

import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.report.domain.Report;
import org.jixiao.report.domain.StatementTable;
import org.jixiao.rules.CheckContext;
import org.jixiao.rules.Location;
import org.jixiao.rules.RuleKind;
import org.jixiao.rules.RuleParameters;
import org.jixiao.rules.Violation;

/** {@code unit-label}: every table declares its amounts in the expected unit (万元); 元 is a factor of 10,000. */
final class UnitLabelKind implements RuleKind {

    private static final Pattern WHITESPACE = Pattern.compile("\\s");

    @Override
    public String name() {
        return "unit-label";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("unit");
    }

    @Override
    public Set<String> messageValues() {
        return Set.of("table", "factor");
    }

    @Override
    public List<Violation> check(Report report, RuleParameters p, CheckContext context) {
        String expected = p.text("unit").orElse("万元");
        List<Violation> out = new ArrayList<>();
        for (StatementTable table : Tables.tables(report, List.of())) {
            String label = table.unitLabel();
            if (label == null || label.isBlank() || WHITESPACE.matcher(label).replaceAll("").equals(expected)) continue;
            String factor = label.strip().equals("元") && expected.equals("万元") ? "10000" : "?";
            out.add(Violation.of(Location.table(table.label(), null, null, table.at()), label, expected,
                    "金额单位 = " + expected, Map.of("table", table.label(), "factor", factor)));
        }
        return out;
    }
}
