package org.jixiao.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Keeps the server's map true: features without cycles, JDBC only in persistence adapters, adapters used only
 * through their ports.
 */
// Plain JUnit tests calling check(): with Spring Boot 3.5's JUnit Platform 1.12 the ArchUnit 1.5.0 engine
// discovers no @ArchTest fields here (surefire reports "Tests run: 0"), so rules written as @ArchTest never ran.
class ArchitectureTests {

    static final JavaClasses SERVER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.jixiao.server");

    @Test
    void featuresAreFreeOfCycles() {
        slices().matching("org.jixiao.server.(*)..").should().beFreeOfCycles().check(SERVER);
    }

    @Test
    void onlyPersistenceAdaptersUseJdbc() {
        noClasses().that().resideOutsideOfPackages("..persistence..", "org.jixiao.server")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
                .check(SERVER);
    }

    @Test
    void nothingDependsOnAPersistenceAdapter() {
        noClasses().that().resideOutsideOfPackage("..persistence..")
                .should().dependOnClassesThat().resideInAPackage("..persistence..")
                .check(SERVER);
    }
}
