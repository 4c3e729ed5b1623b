package org.jixiao.performance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.report.domain.PerformanceSheet;
import org.jixiao.report.domain.Report;
import org.jixiao.rules.CheckContext;
import org.jixiao.rules.RuleKind;
import org.jixiao.rules.RuleParameters;
import org.jixiao.rules.Violation;
import org.jixiao.scoring.Scoring;

/** {@code grade}: the stated 等级 is the grade of the stated 总分 (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差; SPEC §4, V58). */
final class GradeKind implements RuleKind {

    private static final Pattern GRADE = Pattern.compile("([优良中差])\\s*$");

    @Override
    public String name() {
        return "grade";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("sheets");
    }

    @Override
    public Set<String> messageValues() {
        return Set.of("sheet", "total");
    }

    @Override
    public List<Violation> check(Report report, RuleParameters p, CheckContext context) {
        List<Violation> out = new ArrayList<>();
        for (PerformanceSheet sheet : Sheets.selected(report, p)) {
            Optional<BigDecimal> total = Sheets.number(sheet.totalScore());
            if (total.isEmpty() || sheet.grade() == null) continue;
            Matcher m = GRADE.matcher(sheet.grade().text().strip());
            if (!m.find()) continue;
            String expected = Scoring.grade(total.get());
            if (expected.equals(m.group(1))) continue;
            out.add(Violation.of(Sheets.at(sheet, "总分", "等级", sheet.grade().at()), m.group(1), expected,
                    "总分 " + Sheets.plain(total.get()) + " ⇒ " + expected + "（优 ≥ 90，良 ≥ 80，中 ≥ 60，差 < 60）",
                    Map.of("sheet", sheet.label(), "total", Sheets.plain(total.get()))));
        }
        return out;
    }
}
