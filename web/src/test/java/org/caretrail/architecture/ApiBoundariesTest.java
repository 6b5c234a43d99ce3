package org.caretrail.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.axonframework.config.ProcessingGroup;
import org.caretrail.domain.readmodel.api.ProcessingGroups;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

/** The rules that keep the API's shapes and names owned by the side that answers, checked on the compiled classes. */
class ApiBoundariesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importAll() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.caretrail");
    }

    @Test
    void controllersNeverReturnInfraTypes() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(RestController.class)
                .and().arePublic()
                .should(returnNothingFrom("org.caretrail.infra"))
                .because("a storage record serialized as a response changes the API whenever storage changes")
                .check(classes);
    }

    @Test
    void theWebPackagesHaveNoCycles() {
        slices().matching("org.caretrail.web.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** javac inlines a constant, so a controller naming {@code SomeProjection.PROCESSING_GROUP} leaves no trace. */
    @Test
    void projectionsDeclareNoProcessingGroupConstants() {
        noFields().that().areDeclaredInClassesThat().resideInAPackage("org.caretrail.projections..")
                .and().areStatic().and().haveRawType(String.class).and().haveNameMatching(".*GROUP.*")
                .should().bePublic()
                .because("processing-group names belong to the query side: domain.readmodel.api.ProcessingGroups")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void everyProjectionIsNamedByTheQuerySide() {
        classes().that().resideInAPackage("org.caretrail.projections..").and().areAnnotatedWith(ProcessingGroup.class)
                .should(new ArchCondition<>("be named in ProcessingGroups.ALL") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        String group = item.getAnnotationOfType(ProcessingGroup.class).value();
                        events.add(new SimpleConditionEvent(item, ProcessingGroups.ALL.contains(group),
                                item.getName() + " is processing group '" + group + "'"));
                    }
                })
                .check(classes);
    }

    private static ArchCondition<JavaMethod> returnNothingFrom(String packagePrefix) {
        return new ArchCondition<>("return no type of " + packagePrefix) {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                method.getReturnType().getAllInvolvedRawTypes().stream()
                        .filter(type -> type.getPackageName().startsWith(packagePrefix))
                        .forEach(type -> events.add(SimpleConditionEvent.violated(method,
                                method.getFullName() + " returns " + type.getName())));
            }
        };
    }
}
