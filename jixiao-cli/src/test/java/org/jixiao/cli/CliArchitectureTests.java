package org.jixiao.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The check path must not start the web application: the command line and the importer never touch Spring. */
class CliArchitectureTests {

    @Test
    void noSpringOnTheCheckPath() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.jixiao.cli", "org.jixiao.importing");
        noClasses().that().resideInAnyPackage("org.jixiao.cli..", "org.jixiao.importing..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.jixiao.server..", "jakarta..")
                .because("./jixiao check must run without the web application (issue Checking engine §7)")
                .check(classes);
    }
}
