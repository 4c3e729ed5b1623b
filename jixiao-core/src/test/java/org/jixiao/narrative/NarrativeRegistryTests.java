package org.jixiao.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jixiao.rules.RuleCase;
import org.jixiao.rules.RuleKind;
import org.junit.jupiter.api.Test;

/** The narrative and hygiene registry entries name known kinds with their parameters, and each has both rule cases. */
class NarrativeRegistryTests {

    private static final List<Class<?>> TESTS = List.of(ShareRulesTests.class, RatioRulesTests.class, SumRulesTests.class,
            TableAmountRulesTests.class, ConsistencyRulesTests.class, HygieneRulesTests.class);

    @Test
    void everyEntryNamesAKindWithItsParameters() {
        Map<String, RuleKind> kinds = NarrativeRuleKinds.all().stream().collect(Collectors.toMap(RuleKind::name, Function.identity()));
        assertThat(NarrativeRules.ALL).hasSizeGreaterThanOrEqualTo(25);
        assertThat(NarrativeRules.ALL.stream().map(NarrativeRules.Rule::id)).doesNotHaveDuplicates();
        for (NarrativeRules.Rule r : NarrativeRules.ALL) {
            assertThat(kinds).as(r.id()).containsKey(r.kind());
            assertThat(kinds.get(r.kind()).parameters()).as(r.id()).containsAll(r.params().keySet());
            assertThat(r.params().keySet()).as(r.id()).containsAll(kinds.get(r.kind()).requiredParameters());
            assertThat(r.id()).matches("(NAR|TXT)-[A-Z0-9-]+");
        }
    }

    @Test
    void everyRuleHasAPassingAndAFailingCase() {
        Set<String> passing = new HashSet<>();
        Set<String> failing = new HashSet<>();
        for (Class<?> c : TESTS) {
            for (Method m : c.getDeclaredMethods()) {
                for (RuleCase rc : m.getAnnotationsByType(RuleCase.class)) (rc.passes() ? passing : failing).add(rc.rule());
            }
        }
        for (NarrativeRules.Rule r : NarrativeRules.ALL) {
            assertThat(passing).as("passing case of " + r.id()).contains(r.id());
            assertThat(failing).as("failing case of " + r.id()).contains(r.id());
        }
    }
}
