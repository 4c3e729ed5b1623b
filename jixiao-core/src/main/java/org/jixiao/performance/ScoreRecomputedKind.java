package org.jixiao.performance;

import java.math.RoundingMode;
import java.util.Optional;
import java.util.Set;
import org.jixiao.report.domain.Indicator;
import org.jixiao.report.domain.PerformanceSheet;
import org.jixiao.rules.CheckContext;
import org.jixiao.rules.RuleParameters;
import org.jixiao.rules.Violation;
import org.jixiao.scoring.Scoring;

/**
 * {@code score-recomputed}: the self-score of a quantitative (or dated) indicator equals the recomputed one
 * (SPEC §4, V52). Full scores on unmet targets are {@code full-score-unmet}'s; a reduced score on a target
 * exceeded by the over-achievement ratio is allowed (按照偏离度适度调减分值).
 */
final class ScoreRecomputedKind extends IndicatorKind {

    @Override
    public String name() {
        return "score-recomputed";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("sheets", "lowerFormula", "overAchievement");
    }

    @Override
    Optional<Violation> check(PerformanceSheet sheet, Indicator i, RuleParameters p, CheckContext context) {
        Optional<Recomputed> r = Recomputed.of(i, Scoring.LowerFormula.parse(p.text("lowerFormula").orElse(null)), context);
        if (r.isEmpty()) return Optional.empty();
        Recomputed c = r.get();
        if (!c.met() && c.score().compareTo(c.weight()) >= 0) return Optional.empty();
        int scale = Math.max(c.score().scale(), 0);
        if (c.recomputed().value().setScale(scale, RoundingMode.HALF_UP).compareTo(c.score()) == 0) return Optional.empty();
        if (c.met() && OverAchievementKind.ratio(i, c, p).isPresent()) return Optional.empty();
        String reason = c.met() ? "目标已完成应得满分" : "未完成目标按公式计分";
        return Optional.of(Violation.of(Sheets.at(sheet, i, "得分"), Sheets.plain(c.score()), Sheets.plain(c.recomputed().value()),
                c.recomputed().formula(), values(sheet, i, reason)));
    }
}
