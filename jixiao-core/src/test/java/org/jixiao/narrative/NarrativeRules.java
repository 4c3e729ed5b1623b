package org.jixiao.narrative;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jixiao.report.domain.Report;
import org.jixiao.rules.RuleKind;
import org.jixiao.rules.RuleParameters;
import org.jixiao.rules.Severity;
import org.jixiao.rules.Violation;

/**
 * The narrative and hygiene registry entries, read with a reader for the subset of YAML these two files use
 * (the engine's loader is built elsewhere; these tests must not depend on it), and a runner that applies them
 * the way the engine does: the rule's severity, lowered when a kind downgrades a violation.
 */
final class NarrativeRules {

    record Rule(String id, Severity severity, String kind, Map<String, Object> params, String message) {
    }

    record Result(Rule rule, Severity severity, Violation violation) {

        /** The rule's message with the violation's values filled in, as the engine would render it. */
        String message() {
            String m = rule.message();
            for (var e : violation.values().entrySet()) m = m.replace("{" + e.getKey() + "}", e.getValue());
            return m;
        }

        String line() {
            var src = violation.location() == null ? null : violation.location().source();
            return src == null || src.line() == null ? "-" : String.valueOf(src.line());
        }

        @Override
        public String toString() {
            return rule.id() + " " + severity + " 第" + line() + "行 stated=" + violation.stated() + " expected=" + violation.expected()
                    + " | " + violation.formula();
        }
    }

    static final List<Rule> ALL = load("/rules/2021/narrative.yaml", "/rules/2021/hygiene.yaml");
    private static final Map<String, RuleKind> KINDS = NarrativeRuleKinds.all().stream()
            .collect(Collectors.toMap(RuleKind::name, Function.identity()));

    private NarrativeRules() {
    }

    static Rule rule(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow(() -> new IllegalArgumentException(id));
    }

    static List<Result> run(Report report) {
        List<Result> out = new ArrayList<>();
        for (Rule r : ALL) out.addAll(run(r.id(), report));
        return out;
    }

    static List<Result> run(String id, Report report) {
        Rule r = rule(id);
        RuleKind kind = Objects.requireNonNull(KINDS.get(r.kind()), r.kind());
        return kind.check(report, new RuleParameters(r.params()), null).stream()
                .map(v -> new Result(r, v.downgradeTo() != null ? v.downgradeTo() : r.severity(), v)).toList();
    }

    private static List<Rule> load(String... resources) {
        List<Rule> rules = new ArrayList<>();
        for (String resource : resources) {
            try (InputStream in = NarrativeRules.class.getResourceAsStream(resource)) {
                BufferedReader reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(in, resource), StandardCharsets.UTF_8));
                Map<String, String> fields = null;
                Map<String, Object> params = null;
                for (String line; (line = reader.readLine()) != null; ) {
                    if (line.startsWith("- id:")) {
                        if (fields != null) rules.add(rule(fields, params));
                        fields = new LinkedHashMap<>();
                        params = new LinkedHashMap<>();
                        fields.put("id", scalar(line.substring(5)));
                    } else if (line.startsWith("    ") && fields != null) {
                        int colon = line.indexOf(':');
                        String value = line.substring(colon + 1).strip();
                        params.put(line.substring(0, colon).strip(), value.startsWith("[")
                                ? Arrays.stream(value.substring(1, value.length() - 1).split(",")).map(NarrativeRules::scalar).toList()
                                : scalar(value));
                    } else if (line.startsWith("  ") && fields != null) {
                        int colon = line.indexOf(':');
                        fields.put(line.substring(0, colon).strip(), scalar(line.substring(colon + 1)));
                    }
                }
                if (fields != null) rules.add(rule(fields, params));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return rules;
    }

    private static Rule rule(Map<String, String> f, Map<String, Object> params) {
        return new Rule(f.get("id"), Severity.valueOf(f.get("severity")), f.get("kind"), params, f.get("message"));
    }

    private static String scalar(String raw) {
        String s = raw.strip();
        if (s.startsWith("'") && s.endsWith("'")) return s.substring(1, s.length() - 1).replace("''", "'");
        if (s.startsWith("\"") && s.endsWith("\"")) return s.substring(1, s.length() - 1);
        return s;
    }
}
