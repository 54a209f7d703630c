package io.sakit.conformance.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layout of packages is the architecture: no cycles, dependencies one way, the reference reached only as an adapter. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importKit() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.sakit");
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("io.sakit.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theSuiteReachesTheReferenceOnlyThroughItsAdapter() {
        noClasses().that().resideInAPackage("io.sakit.conformance..").should().dependOnClassesThat()
                .resideInAnyPackage("io.sakit.reference.sadb..", "io.sakit.reference.classify..", "io.sakit.reference.datapath..",
                        "io.sakit.reference.transform..", "io.sakit.reference.packet..")
                .check(classes);
    }

    @Test
    void onlyTheOracleAndTheMutantsUseTheReferenceAdapter() {
        noClasses().that().resideInAPackage("io.sakit.conformance..").and().resideOutsideOfPackages("io.sakit.conformance.adapter..",
                "io.sakit.conformance.mutants..").should().dependOnClassesThat().resideInAPackage("io.sakit.reference..").check(classes);
    }

    @Test
    void theSpecDependsOnNoOtherModule() {
        noClasses().that().resideInAPackage("io.sakit.spec..").should().dependOnClassesThat()
                .resideInAnyPackage("io.sakit.reference..", "io.sakit.conformance..", "io.sakit.reports..", "io.sakit.testkit..", "io.sakit.property..")
                .check(classes);
    }

    @Test
    void theReferenceDoesNotUseTheTransportSide() {
        noClasses().that().resideInAPackage("io.sakit.reference..").should().dependOnClassesThat().resideInAPackage("io.sakit.testkit..").check(classes);
    }
}
