package org.jixiao.narrative;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.report.domain.Report;
import org.jixiao.rules.CheckContext;
import org.jixiao.rules.Location;
import org.jixiao.rules.RuleKind;
import org.jixiao.rules.RuleParameters;
import org.jixiao.rules.Violation;

/** A rule kind over the narrative: reads the report's passages once per check and names its parameters. */
abstract class NarrativeKind implements RuleKind {

    private final String name;
    private final Set<String> parameters;
    private final Set<String> required;

    NarrativeKind(String name, Set<String> parameters, Set<String> required) {
        this.name = name;
        this.parameters = parameters;
        this.required = required;
    }

    NarrativeKind(String name) {
        this(name, Set.of(), Set.of());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<String> parameters() {
        return parameters;
    }

    @Override
    public Set<String> requiredParameters() {
        return required;
    }

    @Override
    public List<Violation> check(Report report, RuleParameters parameters, CheckContext context) {
        return check(read(report, context), parameters);
    }

    /**
     * The report's narrative as read for checking. Every narrative rule of one check run reads the same report,
     * so its sentences are split and its claims extracted once per run (kept by the run's context), not once per
     * rule. A kind checked on its own, without a context, reads the narrative itself.
     */
    static Narrative read(Report report, CheckContext context) {
        if (context == null) return new Narrative(report);
        return context.derived(Narrative.class, () -> new Narrative(report));
    }

    abstract List<Violation> check(Narrative narrative, RuleParameters parameters);

    /** A violation with the message values {@code stated}, {@code expected}, {@code formula} and any others given as pairs. */
    static Violation violation(Location where, String stated, String expected, String formula, String... more) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("stated", stated);
        values.put("expected", expected);
        values.put("formula", formula);
        for (int i = 0; i + 1 < more.length; i += 2) values.put(more[i], more[i + 1]);
        return Violation.of(where, stated, expected, formula, values);
    }
}
