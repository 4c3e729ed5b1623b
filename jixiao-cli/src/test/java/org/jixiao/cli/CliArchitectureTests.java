package org.jixiao.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The check path must not start the web application: the command line and the importer never touch Spring. */
@AnalyzeClasses(packages = {"org.jixiao.cli", "org.jixiao.importing"}, importOptions = ImportOption.DoNotIncludeTests.class)
class CliArchitectureTests {

    @ArchTest
    static final ArchRule noSpringOnTheCheckPath = noClasses().that().resideInAnyPackage("org.jixiao.cli..", "org.jixiao.importing..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.jixiao.server..", "jakarta..")
            .because("./jixiao check must run without the web application (issue Checking engine §7)");
}
