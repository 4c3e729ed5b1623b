package org.jixiao.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.codes.CodeListSource;
import org.jixiao.report.domain.Report;

/**
 * Checks a report against the rule set of its fiscal year (审核). Built once: the constructor validates
 * every rule of every year against the kinds (unknown kind, unknown or missing parameter, unknown message
 * placeholder) and refuses to start on the first malformed one. Plain Java.
 */
public final class RuleEngine {

    private final RuleRegistry registry;
    private final Map<String, RuleKind> kinds;
    private final CodeListSource codeLists;

    /**
     * @param codeLists consulted at every check (not once here), so a source whose lists change (the server's, kept by
     *                  administrators) is read as it is at the time of each check
     */
    public RuleEngine(RuleRegistry registry, Collection<RuleKind> kinds, CodeListSource codeLists) {
        this.registry = registry;
        this.codeLists = codeLists;
        Map<String, RuleKind> byName = new HashMap<>();
        for (RuleKind kind : kinds) {
            if (byName.putIfAbsent(kind.name(), kind) != null) throw new IllegalArgumentException("two rule kinds named " + kind.name());
        }
        this.kinds = Map.copyOf(byName);
        for (RuleSet set : registry.ruleSets()) set.rules().forEach(this::validate);
    }

    public CheckResult check(Report report) {
        int year = report.header().fiscalYear();
        RuleSet set = registry.forYear(year);
        CheckContext context = new CheckContext(codeLists.forYear(year), set.version());
        List<Finding> findings = new ArrayList<>();
        for (RuleDefinition rule : set.rules()) {
            for (Violation v : kinds.get(rule.kind()).check(report, rule.parameters(), context)) {
                findings.add(toFinding(rule, v));
            }
        }
        List<Finding> merged = new ArrayList<>(SameEvidence.merge(findings));
        return new CheckResult(set.version(), set.year(), sorted(merged));
    }

    /**
     * The findings in order: severity first, then the place (document part, table or section, source line, the
     * location's one-line description), then the rule id. Each finding's sort keys are read once instead of at every
     * comparison (a report has hundreds of findings); the sort is stable, as {@code List.sort} is. each finding's sort keys read once instead of at every comparison (a
     * report has hundreds of findings); the sort is stable, as {@code List.sort} is, so the result is the same.
     */
    private static List<Finding> sorted(List<Finding> findings) {
        Map<Location, String> described = new IdentityHashMap<>();
        SortKey[] keys = new SortKey[findings.size()];
        for (int i = 0; i < keys.length; i++) keys[i] = new SortKey(findings.get(i), described);
        java.util.Arrays.sort(keys);
        List<Finding> out = new ArrayList<>(keys.length);
        for (SortKey k : keys) out.add(k.finding);
        return out;
    }

    /** The sort keys of one finding; the location's description only when the others tie. */
    private static final class SortKey implements Comparable<SortKey> {
        final Finding finding;
        final String part;
        final String place;
        final int line;
        final Map<Location, String> described;

        SortKey(Finding f, Map<Location, String> described) {
            this.finding = f;
            Location l = f.location();
            this.part = l == null || l.part() == null ? "" : l.part();
            this.place = l == null ? "" : l.table() != null ? l.table() : l.section() == null ? "" : l.section();
            this.line = l == null || l.source() == null || l.source().line() == null ? Integer.MAX_VALUE : l.source().line();
            this.described = described;
        }

        private String described() {
            Location l = finding.location();
            return l == null ? "" : described.computeIfAbsent(l, Location::describe);
        }

        @Override
        public int compareTo(SortKey o) {
            int c = finding.severity().compareTo(o.finding.severity());
            if (c != 0) return c;
            c = part.compareTo(o.part);
            if (c != 0) return c;
            c = place.compareTo(o.place);
            if (c != 0) return c;
            c = Integer.compare(line, o.line);
            if (c != 0) return c;
            c = described().compareTo(o.described());
            if (c != 0) return c;
            return finding.rule().compareTo(o.finding.rule());
        }
    }

    private static Finding toFinding(RuleDefinition rule, Violation v) {
        Severity severity = rule.severity();
        if (v.downgradeTo() != null && !v.downgradeTo().atLeast(severity)) severity = v.downgradeTo();
        String formula = v.formula() != null ? v.formula() : rule.formula();
        Map<String, String> values = new LinkedHashMap<>(v.values());
        values.putIfAbsent("stated", v.stated());
        values.putIfAbsent("expected", v.expected());
        values.putIfAbsent("formula", formula);
        if (rule.message().uses("location")) {
            values.putIfAbsent("location", v.location() == null ? null : v.location().describe());
        }
        String message = rule.message().fill(values);
        if (severity == Severity.INFO && rule.severity() != Severity.INFO && v.values().containsKey("difference")) {
            message = message + "（差额" + v.values().get("difference") + "万元，在尾数误差范围内）";
        }
        return new Finding(rule.id(), severity, message, v.location(), v.stated(), v.expected(), formula);
    }

    private void validate(RuleDefinition rule) {
        RuleKind kind = kinds.get(rule.kind());
        if (kind == null) throw new RuleRegistryException(rule.file(), rule.id(), "unknown kind " + rule.kind());
        for (String name : rule.parameters().values().keySet()) {
            if (!kind.parameters().contains(name)) {
                throw new RuleRegistryException(rule.file(), rule.id(), "unknown parameter " + name + " for kind " + kind.name()
                        + " (accepts " + String.join(", ", new java.util.TreeSet<>(kind.parameters())) + ")");
            }
        }
        for (String name : kind.requiredParameters()) {
            if (!rule.parameters().values().containsKey(name)) {
                throw new RuleRegistryException(rule.file(), rule.id(), "missing parameter " + name + " for kind " + kind.name());
            }
        }
        Set<String> allowed = new LinkedHashSet<>(MessageTemplate.STANDARD);
        allowed.addAll(kind.messageValues());
        for (String placeholder : rule.message().placeholders()) {
            if (!allowed.contains(placeholder)) {
                throw new RuleRegistryException(rule.file(), rule.id(), "unknown placeholder {" + placeholder + "} in message (kind "
                        + kind.name() + " provides " + String.join(", ", allowed) + ")");
            }
        }
    }
}
