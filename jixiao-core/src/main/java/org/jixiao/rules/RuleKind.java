package org.jixiao.rules;

import java.util.List;
import java.util.Set;
import org.jixiao.report.domain.Report;

/**
 * A kind of check, implemented and tested once in code (e.g. "every 类 equals the sum of its 款"); a rule
 * in the registry names a kind and gives it parameters. A kind reports nothing when an operand is missing:
 * a value that is not stated is "cannot check", never zero.
 */
public interface RuleKind {

    /** The name rules use in their {@code kind:} field, e.g. {@code category-equals-sum-of-items}. */
    String name();

    /** The parameter names this kind accepts; the registry refuses a rule with any other. */
    Set<String> parameters();

    /** The parameters a rule must give. */
    default Set<String> requiredParameters() {
        return Set.of();
    }

    /**
     * The named values this kind puts in {@link Violation#values()}, which rule messages may use as
     * {@code {name}} placeholders besides {@link MessageTemplate#STANDARD}. Added for the registry's
     * placeholder check; the default declares none.
     */
    default Set<String> messageValues() {
        return Set.of();
    }

    List<Violation> check(Report report, RuleParameters parameters, CheckContext context);
}
