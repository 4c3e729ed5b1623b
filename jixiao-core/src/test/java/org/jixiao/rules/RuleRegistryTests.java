package org.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.jixiao.codes.CodeLists;
import org.junit.jupiter.api.Test;

class RuleRegistryTests {

    private static final String VERSION = "version: \"2021.9\"\n";

    private static final String GOOD = """
            - id: T-1
              severity: ERROR
              category: 测试
              kind: sum
              params: {total: "procurement.total", terms: ["procurement.goods"]}
              message: "合计{stated}，应为{expected}"
              formula: "合计 = 货物"
            """;

    @Test
    void loadsTheBundledRulesAndStartsTheEngine() {
        RuleRegistry registry = RuleRegistry.bundled();
        assertThat(registry.forYear(2021).version()).isEqualTo("2021.1");
        assertThat(org.jixiao.checking.StandardRuleKinds.engine()).isNotNull();
    }

    @Test
    void aYearWithoutItsFolderUsesTheLatestEarlierOne() {
        assertThat(RuleRegistry.bundled().forYear(2024).year()).isEqualTo(2021);
    }

    @Test
    void acceptsAWellFormedRule() {
        RuleRegistry registry = RuleRegistry.of(2021, Map.of("ruleset.yaml", VERSION, "a.yaml", GOOD));
        assertThat(engine(registry)).isNotNull();
        assertThat(registry.forYear(2021).rules()).extracting(RuleDefinition::id).containsExactly("T-1");
    }

    @Test
    void refusesAnUnknownSeverity() {
        assertThatThrownBy(() -> RuleRegistry.of(2021, Map.of("ruleset.yaml", VERSION, "a.yaml", GOOD.replace("ERROR", "FATAL"))))
                .isInstanceOf(RuleRegistryException.class).hasMessageContaining("rules/2021/a.yaml").hasMessageContaining("T-1")
                .hasMessageContaining("unknown severity FATAL");
    }

    @Test
    void refusesADuplicateId() {
        assertThatThrownBy(() -> RuleRegistry.of(2021, Map.of("ruleset.yaml", VERSION, "a.yaml", GOOD, "b.yaml", GOOD)))
                .isInstanceOf(RuleRegistryException.class).hasMessageContaining("T-1").hasMessageContaining("duplicate id");
    }

    @Test
    void refusesAMissingMessageFormulaOrCategory() {
        for (String field : List.of("message", "formula", "category")) {
            String yaml = GOOD.lines().filter(l -> !l.strip().startsWith(field + ":")).reduce("", (a, b) -> a + b + "\n");
            assertThatThrownBy(() -> RuleRegistry.of(2021, Map.of("ruleset.yaml", VERSION, "a.yaml", yaml)))
                    .isInstanceOf(RuleRegistryException.class).hasMessageContaining("T-1").hasMessageContaining("missing " + field);
        }
    }

    @Test
    void refusesAMissingVersion() {
        assertThatThrownBy(() -> RuleRegistry.of(2021, Map.of("a.yaml", GOOD))).isInstanceOf(RuleRegistryException.class)
                .hasMessageContaining("ruleset.yaml");
    }

    @Test
    void theEngineRefusesAnUnknownKind() {
        RuleRegistry registry = RuleRegistry.of(2021, Map.of("ruleset.yaml", VERSION, "a.yaml", GOOD.replace("kind: sum", "kind: nonsense")));
        assertThatThrownBy(() -> engine(registry)).isInstanceOf(RuleRegistryException.class).hasMessageContaining("T-1")
                .hasMessageContaining("unknown kind nonsense");
    }

    @Test
    void theEngineRefusesAnUnknownParameter() {
        RuleRegistry registry = RuleRegistry.of(2021, Map.of("ruleset.yaml", VERSION, "a.yaml", GOOD.replace("terms:", "termz:")));
        assertThatThrownBy(() -> engine(registry)).isInstanceOf(RuleRegistryException.class).hasMessageContaining("a.yaml")
                .hasMessageContaining("unknown parameter termz");
    }

    @Test
    void theEngineRefusesAMissingParameter() {
        RuleRegistry registry = RuleRegistry.of(2021, Map.of("ruleset.yaml", VERSION, "a.yaml",
                GOOD.replace(", terms: [\"procurement.goods\"]", "")));
        assertThatThrownBy(() -> engine(registry)).isInstanceOf(RuleRegistryException.class).hasMessageContaining("missing parameter terms");
    }

    @Test
    void theEngineRefusesAnUnknownPlaceholder() {
        RuleRegistry registry = RuleRegistry.of(2021, Map.of("ruleset.yaml", VERSION, "a.yaml", GOOD.replace("{expected}", "{nonsense}")));
        assertThatThrownBy(() -> engine(registry)).isInstanceOf(RuleRegistryException.class).hasMessageContaining("{nonsense}");
    }

    @Test
    void findingsAreSortedBySeverityThenLocation() {
        var result = RuleAssertions.ENGINE.check(TestReport.clean().set("procurement.goods", "21.00").set("unit.staffActive", "11")
                .set("unit.staffTotal", "14").build());
        assertThat(result.findings()).extracting(Finding::severity).isSorted();
        assertThat(result.ruleSetVersion()).isEqualTo("2021.1");
    }

    private static RuleEngine engine(RuleRegistry registry) {
        return new RuleEngine(registry, org.jixiao.checking.StandardRuleKinds.all(), CodeLists.bundled());
    }
}
