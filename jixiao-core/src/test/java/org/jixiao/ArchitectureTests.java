package org.jixiao;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps the core a plain library a third party can embed: no framework, no database, no document
 * library, no floating-point money, no package cycles.
 */
@AnalyzeClasses(packages = "org.jixiao", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule coreIsFrameworkFree = noClasses().that().resideInAPackage("org.jixiao..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "jakarta..", "javax.persistence..", "java.sql..", "javax.sql..",
                    "org.apache.poi..", "org.apache.pdfbox..", "org.jixiao.server..", "org.jixiao.cli..",
                    "org.jixiao.importing..")
            .because("the core (model, formulas, rules) is a plain Java library (issue Foundation §1)");

    @ArchTest
    static final ArchRule domainIsFreeOfSerialisation = noClasses()
            .that().resideInAnyPackage("org.jixiao.report.domain..", "org.jixiao.shared..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..")
            .because("the JSON mapping lives in report.json, not on the model");

    @ArchTest
    static final ArchRule noFloatingPointMoney = noFields()
            .that().areDeclaredInClassesThat().resideInAnyPackage("org.jixiao..")
            .should().haveRawType(double.class).orShould().haveRawType(float.class)
            .orShould().haveRawType(Double.class).orShould().haveRawType(Float.class)
            .because("money is BigDecimal (SPEC §3)");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.jixiao.(*)..").should().beFreeOfCycles();
}
