package org.caretrail.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module rules of docs/DESIGN.md, checked on the compiled classes rather than remembered. */
class ModuleBoundariesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importAll() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.caretrail");
    }

    @Test
    void theDomainUsesNeitherSpringNorMongoDb() {
        check(noClasses().that().resideInAPackage("org.caretrail.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "com.mongodb..", "org.bson..", "de.bwaldvogel.."));
    }

    @Test
    void theDomainDependsOnNoOtherModule() {
        check(noClasses().that().resideInAPackage("org.caretrail.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.caretrail.projections..", "org.caretrail.infra..", "org.caretrail.web.."));
    }

    @Test
    void projectionsSeeOnlyTheDomainsPublicApi() {
        check(noClasses().that().resideInAPackage("org.caretrail.projections..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.caretrail.infra..", "org.caretrail.web..", "org.caretrail.domain.episode"));
    }

    @Test
    void infraDoesNotDependOnProjectionsOrWeb() {
        check(noClasses().that().resideInAPackage("org.caretrail.infra..")
                .should().dependOnClassesThat().resideInAnyPackage("org.caretrail.projections..", "org.caretrail.web.."));
    }

    @Test
    void nothingOutsideTheCommandSideReachesIntoIt() {
        check(classes().that().resideInAPackage("org.caretrail.domain.episode")
                .and().doNotHaveSimpleName("EpisodeAggregate")
                .should().onlyBeAccessed().byClassesThat().resideInAPackage("org.caretrail.domain.episode"));
    }

    @Test
    void theWebTalksToTheDomainOnlyThroughTheGateways() {
        check(noClasses().that().resideInAPackage("org.caretrail.web..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.axonframework.eventsourcing.eventstore.EventStore")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.axonframework.modelling.command.Repository")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(
                        "org.axonframework.eventsourcing.EventSourcingRepository"));
    }

    @Test
    void onlyAProjectionTouchesItsOwnClasses() {
        check(noClasses().that().resideOutsideOfPackage("org.caretrail.projections..")
                .should().dependOnClassesThat(resideInAPackage("org.caretrail.projections..")
                        .and(resideOutsideOfPackages("org.caretrail.projections.facility",
                                "org.caretrail.projections.support")))
                .because("a projection's collections are written by it alone; others read it through queries"
                        + " (the support package holds how batches are written, which the token store must drive)"));
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }
}
