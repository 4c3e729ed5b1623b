package org.jixiao.narrative;

import java.util.List;
import org.jixiao.rules.RuleKind;

/** The rule kinds of the narrative checks (rules/&lt;year&gt;/narrative.yaml and hygiene.yaml). */
public final class NarrativeRuleKinds {

    private NarrativeRuleKinds() {
    }

    public static List<RuleKind> all() {
        return List.of(
                new ShareKind(), new ShareTotalKind(), new CompletionKind(), new ComparisonWordKind(), new ChangeKind(),
                new ListSumKind(), new SubjectIdentityKind(), new FundBalanceKind(), new TableAmountKind(),
                new SameQuantityKind(), new ListCountKind(), new UnitFactorKind(), new MissingUnitKind(),
                new TextPatternKind(), new DuplicateParagraphKind(), new HeadingNumberingKind(), new PhoneNumberKind());
    }
}
