package org.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every rule of every year's registry has at least one {@code @RuleCase(passes = true)} and one
 * {@code @RuleCase(passes = false)} test somewhere under {@code org.jixiao} (docs/rules.md). The test classes
 * are scanned, not listed, so rules and tests added by other features are covered too.
 */
class RuleCoverageTests {

    @Test
    void everyRuleHasAPassingAndAFailingCase() throws Exception {
        Set<String> passing = new HashSet<>();
        Set<String> failing = new HashSet<>();
        for (RuleCase c : ruleCases()) (c.passes() ? passing : failing).add(c.rule());

        List<String> missing = new ArrayList<>();
        for (String id : new TreeSet<>(RuleRegistry.bundled().allRuleIds())) {
            if (!passing.contains(id)) missing.add(id + " (no passing case)");
            if (!failing.contains(id)) missing.add(id + " (no failing case)");
        }
        assertThat(missing).as("rules without both @RuleCase tests").isEmpty();
    }

    @Test
    void everyRuleCaseNamesARuleThatExists() throws Exception {
        Set<String> ids = RuleRegistry.bundled().allRuleIds();
        assertThat(ruleCases()).extracting(RuleCase::rule).allMatch(ids::contains, "an id in the registry");
    }

    @Test
    void theRegistryHoldsAtLeastSixtyRulesOfTheEngine() {
        assertThat(RuleRegistry.bundled().forYear(2021).rules()).hasSizeGreaterThanOrEqualTo(60);
    }

    private static List<RuleCase> ruleCases() throws ClassNotFoundException {
        List<RuleCase> cases = new ArrayList<>();
        for (JavaClass javaClass : new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS).importPackages("org.jixiao")) {
            Class<?> type = Class.forName(javaClass.getName(), false, RuleCoverageTests.class.getClassLoader());
            for (Method m : type.getDeclaredMethods()) cases.addAll(List.of(m.getAnnotationsByType(RuleCase.class)));
        }
        return cases;
    }
}
