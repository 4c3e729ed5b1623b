package org.jixiao.performance;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.report.domain.Indicator;
import org.jixiao.report.domain.PerformanceSheet;
import org.jixiao.rules.CheckContext;
import org.jixiao.rules.RuleParameters;
import org.jixiao.rules.Violation;

/**
 * {@code vague-indicator}: an indicator whose name or target uses a word that measures nothing (逐步, 有所,
 * 进一步, 全面提升, 更加 …; {@code words}) while the target states no number (SPEC §4, V59).
 */
final class VagueIndicatorKind extends IndicatorKind {

    @Override
    public String name() {
        return "vague-indicator";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("sheets", "words");
    }

    @Override
    public Set<String> requiredParameters() {
        return Set.of("words");
    }

    @Override
    Optional<Violation> check(PerformanceSheet sheet, Indicator i, RuleParameters p, CheckContext context) {
        String target = text(i.target());
        if (target.chars().anyMatch(c -> c >= '0' && c <= '9')) return Optional.empty();
        List<String> words = p.list("words");
        String text = i.name() + " " + target;
        Optional<String> word = words.stream().filter(text::contains).findFirst();
        if (word.isEmpty()) return Optional.empty();
        return Optional.of(Violation.of(Sheets.at(sheet, i, "年度指标值"), target, "可衡量的指标值（数值和单位，或日期）",
                "指标“" + i.name() + "”／指标值“" + target + "”含“" + word.get() + "”且无数值", values(sheet, i, word.get())));
    }
}
