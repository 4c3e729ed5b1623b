package org.jixiao.performance;

import java.util.Optional;
import java.util.Set;
import org.jixiao.report.domain.Indicator;
import org.jixiao.report.domain.PerformanceSheet;
import org.jixiao.rules.CheckContext;
import org.jixiao.rules.RuleParameters;
import org.jixiao.rules.Severity;
import org.jixiao.rules.Violation;
import org.jixiao.scoring.Scoring;

/**
 * {@code full-score-unmet}: a full score on a target that was not met (SPEC §4). When the target writes no
 * comparator and its direction had to be assumed, the violation is lowered to WARNING and says so.
 */
final class FullScoreUnmetKind extends IndicatorKind {

    @Override
    public String name() {
        return "full-score-unmet";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("sheets", "lowerFormula");
    }

    @Override
    Optional<Violation> check(PerformanceSheet sheet, Indicator i, RuleParameters p, CheckContext context) {
        Optional<Recomputed> r = Recomputed.of(i, Scoring.LowerFormula.parse(p.text("lowerFormula").orElse(null)), context);
        if (r.isEmpty() || r.get().met() || r.get().score().compareTo(r.get().weight()) < 0) return Optional.empty();
        String detail = "目标 " + text(i.target()) + "，实际 " + text(i.actual()) + (r.get().assumption() != null ? "；" + r.get().assumption() : "");
        Violation v = Violation.of(Sheets.at(sheet, i, "得分"), Sheets.plain(r.get().score()), Sheets.plain(r.get().recomputed().value()),
                r.get().recomputed().formula(), values(sheet, i, detail));
        return Optional.of(r.get().assumption() != null ? v.downgradedTo(Severity.WARNING) : v);
    }
}
