package org.casebook.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.Slice;

import jakarta.persistence.Entity;

/**
 * The case-file side's layering (README, "How the code is laid out"): web utilities and security at
 * the bottom, then each noun's entities, its services, and the rest/page classes on top; among the
 * nouns, entities and services only look down the noun order. The analysis engine has rules of its own.
 */
class CaseFileArchitectureTests {

    /** Bottom to top; a noun's entity and service packages may use only nouns earlier in this list. */
    static final List<String> NOUN_ORDER = List.of(
            "web", "chart", "security", "storage", "obligation", "ca", "issue", "audit", "evidence", "revocation", "crosssign",
            "ccadb", "bulkimport", "report", "claim", "commitment", "incident", "history", "search", "export", "seed", "transfer", "board");

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.casebook");
    }

    static void check(ArchRule rule) {
        EvaluationResult result = rule.evaluate(classes);
        if (result.hasViolation()) {
            System.out.println("[architecture] " + result.getFailureReport().getDetails().size()
                    + " violations: " + rule.getDescription());
        }
        rule.check(classes);
    }

    @Test
    void packagesFormNoCycles() {
        check(slices().matching("org.casebook.(**)")
                .that(DescribedPredicate.describe("outside the analysis engine",
                        (Slice slice) -> !slice.getDescription().startsWith("Slice analysis")))
                .should().beFreeOfCycles());
    }

    @Test
    void entitiesUseNoServiceOrRest() {
        check(noClasses().that().resideInAPackage("org.casebook..")
                .and().resideOutsideOfPackages("..service..", "..rest..", "org.casebook.analysis..")
                .should().dependOnClassesThat().resideInAnyPackage("org.casebook..service..", "org.casebook..rest.."));
    }

    @Test
    void servicesUseNoRest() {
        check(noClasses().that().resideInAPackage("org.casebook..service..")
                .should().dependOnClassesThat().resideInAPackage("org.casebook..rest.."));
    }

    @Test
    void restClassesQueryThroughServices() {
        DescribedPredicate<JavaMethodCall> entityQuery = DescribedPredicate.describe(
                "a Panache method, or a static method or persist/delete of an @Entity class",
                call -> {
                    JavaClass owner = call.getTargetOwner();
                    if (owner.getPackageName().startsWith("io.quarkus.hibernate.orm.panache")) {
                        return true;
                    }
                    if (!owner.isAnnotatedWith(Entity.class)) {
                        return false;
                    }
                    boolean isStatic = call.getTarget().resolveMember()
                            .map(member -> member.getModifiers().contains(JavaModifier.STATIC))
                            .orElse(true);
                    return isStatic || List.of("persist", "persistAndFlush", "delete").contains(call.getName());
                });
        check(noClasses().that().resideInAPackage("org.casebook..rest..")
                .should().callMethodWhere(entityQuery)
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.quarkus.hibernate.orm.panache.Panache")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.quarkus.hibernate.orm.panache.PanacheQuery")
                .orShould().dependOnClassesThat().resideInAPackage("jakarta.persistence..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.quarkus.arc.Arc"));
    }

    @Test
    void webUtilitiesUseNoDomain() {
        check(noClasses().that().resideInAPackage("org.casebook.web..")
                .should().dependOnClassesThat().resideInAnyPackage(NOUN_ORDER.stream()
                        .filter(noun -> !noun.equals("web"))
                        .map(noun -> "org.casebook." + noun + "..")
                        .toArray(String[]::new)));
    }

    @Test
    void entitiesAndServicesLookDownTheNounOrder() {
        check(classes().that().resideInAPackage("org.casebook..")
                .and().resideOutsideOfPackages("..rest..", "org.casebook.analysis..")
                .should(dependOnlyOnNounsBelowTheirOwn()));
    }

    static ArchCondition<JavaClass> dependOnlyOnNounsBelowTheirOwn() {
        return new ArchCondition<>("depend only on nouns below their own (order " + NOUN_ORDER + ")") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                int own = rank(origin.getPackageName());
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getPackageName();
                    int other = rank(target);
                    if (own >= 0 && other > own && !target.contains(".rest")) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** Position of a package's noun in {@link #NOUN_ORDER}, or -1 outside the case file. */
    static int rank(String packageName) {
        if (!packageName.startsWith("org.casebook.")) {
            return -1;
        }
        String noun = packageName.substring("org.casebook.".length()).split("\\.")[0];
        return NOUN_ORDER.indexOf(noun);
    }
}
