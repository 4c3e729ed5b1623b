package org.jixiao.performance;

import java.util.List;
import org.jixiao.rules.RuleKind;

/** The rule kinds of the 绩效自评 part: 资金情况, weights, scores, grade and indicator quality. */
public final class PerformanceRuleKinds {

    private PerformanceRuleKinds() {
    }

    public static List<RuleKind> all() {
        return List.of(new FundSourcesKind(), new ExecutionKind(), new WeightsKind(), new TotalScoreKind(), new GradeKind(),
                new ScoreWithinWeightKind(), new DeviationReasonKind(), new FullScoreUnmetKind(), new ScoreRecomputedKind(),
                new OverAchievementKind(), new QualitativeBandKind(), new VagueIndicatorKind(), new MisplacedTargetKind(),
                new ExecutionRateAsOutputKind(), new AllTargetsMetKind(), new CostVersusExecutedKind());
    }
}
