package org.jixiao.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.report.domain.Report;
import org.jixiao.rules.CheckContext;
import org.jixiao.rules.RuleKind;
import org.jixiao.rules.RuleParameters;
import org.jixiao.rules.Violation;

/**
 * {@code sum}: a stated figure equals (or is not greater than) the sum of other stated figures, anywhere in
 * the report ({@link FigureRef}). Amounts within the rounding band are INFO; {@code tolerance: exact} for
 * counts of people, vehicles or offices.
 */
final class SumKind implements RuleKind {

    @Override
    public String name() {
        return "sum";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("total", "terms", "relation", "tolerance");
    }

    @Override
    public Set<String> requiredParameters() {
        return Set.of("total", "terms");
    }

    @Override
    public Set<String> messageValues() {
        return Set.of("total", "terms", "difference");
    }

    @Override
    public List<Violation> check(Report report, RuleParameters parameters, CheckContext context) {
        Optional<List<Operand>> total = FigureRef.parse(parameters.required("total")).resolve(report, context);
        if (total.isEmpty() || total.get().size() != 1) return List.of();
        List<Operand> terms = new ArrayList<>();
        for (FigureRef ref : FigureRef.parseAll(parameters.list("terms"))) {
            Optional<List<Operand>> resolved = ref.resolve(report, context);
            if (resolved.isEmpty()) return List.of();
            terms.addAll(resolved.get());
        }
        if (terms.isEmpty()) return List.of();
        boolean exact = parameters.text("tolerance").map("exact"::equals).orElse(false);
        return Identity.check(total.get().get(0), terms, Identity.Relation.parse(parameters.text("relation").orElse("=")), exact)
                .stream().toList();
    }
}
