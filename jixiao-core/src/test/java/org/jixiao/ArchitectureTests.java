package org.jixiao;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the core a plain library a third party can embed: no framework, no database, no document
 * library, no floating-point money, no package cycles. Plain JUnit tests calling {@code check}, so that
 * surefire runs them like any other test.
 */
class ArchitectureTests {

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.jixiao");
    }

    @Test
    void importsTheCore() {
        assertThat(core.contain(org.jixiao.report.domain.Report.class)).isTrue();
    }

    @Test
    void coreIsFrameworkFree() {
        noClasses().that().resideInAPackage("org.jixiao..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta..", "javax.persistence..", "java.sql..", "javax.sql..",
                        "org.apache.poi..", "org.apache.pdfbox..", "org.jixiao.server..", "org.jixiao.cli..",
                        "org.jixiao.importing..")
                .because("the core (model, formulas, rules) is a plain Java library (issue Foundation §1)")
                .check(core);
    }

    @Test
    void domainIsFreeOfSerialisation() {
        noClasses().that().resideInAnyPackage("org.jixiao.report.domain..", "org.jixiao.shared..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..")
                .because("the JSON mapping lives in report.json, not on the model")
                .check(core);
    }

    @Test
    void noFloatingPointMoney() {
        noFields().that().areDeclaredInClassesThat().resideInAnyPackage("org.jixiao..")
                .should().haveRawType(double.class).orShould().haveRawType(float.class)
                .orShould().haveRawType(Double.class).orShould().haveRawType(Float.class)
                .because("money is BigDecimal (SPEC §3)")
                .check(core);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.jixiao.(*)..").should().beFreeOfCycles().check(core);
    }
}
