package org.casebook.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The analysis engine's layering: it stands alone (JDK, Bouncy Castle and Guava only), its core classes
 * and its packages form no cycles, and each lint folder reads only the analysis core and the lint support
 * package, never another lint folder. A new back-arrow fails the build here rather than in review.
 */
class AnalysisArchitectureTests {

    static final String ANALYSIS = "org.casebook.analysis";
    static final String LINTS = ANALYSIS + ".lints";
    static final String SUPPORT = LINTS + ".support";
    /** CRL and OCSP response views and their lint contract: a second core beside the certificate one. */
    static final String REVOCATION = ANALYSIS + ".revocation";

    private static JavaClasses analysis;

    @BeforeAll
    static void importAnalysis() {
        analysis = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ANALYSIS);
    }

    @Test
    void analysisDependsOnNothingElseInCasebook() {
        noClasses().that().resideInAPackage(ANALYSIS + "..")
                .should().dependOnClassesThat(resideInAPackage("org.casebook..").and(not(resideInAPackage(ANALYSIS + ".."))))
                .check(analysis);
    }

    @Test
    void analysisUsesOnlyTheJdkBouncyCastleAndGuava() {
        classes().that().resideInAPackage(ANALYSIS + "..")
                .should().onlyDependOnClassesThat(resideInAnyPackage(ANALYSIS + "..", "java..", "javax.security..",
                        "org.bouncycastle..", "com.google.common..")
                        .or(JavaClass.Predicates.belongToAnyOf(int.class, long.class, byte.class, char.class, boolean.class,
                                short.class, float.class, double.class, void.class))
                        .or(arrays()))
                .check(analysis);
    }

    @Test
    void coreClassesFormNoCycle() {
        slices().assignedFrom(classesOfTheCorePackage()).should().beFreeOfCycles().check(analysis);
    }

    @Test
    void analysisPackagesFormNoCycle() {
        slices().assignedFrom(packagesUnderAnalysis()).should().beFreeOfCycles().check(analysis);
    }

    @Test
    void lintFoldersDoNotDependOnEachOther() {
        slices().matching(LINTS + ".(*)..").should().notDependOnEachOther()
                .ignoreDependency(JavaClass.Predicates.resideInAPackage(LINTS + ".."), resideInAPackage(SUPPORT + ".."))
                .check(analysis);
    }

    @Test
    void lintFoldersReadOnlyTheCoreAndSupport() {
        noClasses().that().resideInAPackage(LINTS + "..")
                .should().dependOnClassesThat(resideInAPackage(ANALYSIS + "..")
                        .and(not(resideInAnyPackage(ANALYSIS, REVOCATION, LINTS + ".."))))
                .check(analysis);
    }

    @Test
    void revocationCoreReadsOnlyTheCore() {
        noClasses().that().resideInAPackage(REVOCATION)
                .should().dependOnClassesThat(resideInAPackage(ANALYSIS + "..").and(not(resideInAnyPackage(ANALYSIS, REVOCATION))))
                .check(analysis);
    }

    @Test
    void theCoreDoesNotReadTheRevocationCore() {
        noClasses().that().resideInAPackage(ANALYSIS)
                .should().dependOnClassesThat(resideInAPackage(REVOCATION))
                .check(analysis);
    }

    @Test
    void supportDoesNotDependOnLintFolders() {
        noClasses().that().resideInAPackage(SUPPORT + "..")
                .should().dependOnClassesThat(resideInAPackage(LINTS + "..").and(not(resideInAPackage(SUPPORT + ".."))))
                .check(analysis);
    }

    private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> arrays() {
        return com.tngtech.archunit.base.DescribedPredicate.describe("arrays", JavaClass::isArray);
    }

    /** Each top-level class of the core package is a slice of its own (nested classes go with their outer class). */
    private static SliceAssignment classesOfTheCorePackage() {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                if (!javaClass.getPackageName().equals(ANALYSIS)) {
                    return SliceIdentifier.ignore();
                }
                String name = javaClass.getName().substring(ANALYSIS.length() + 1);
                int nested = name.indexOf('$');
                return SliceIdentifier.of(nested < 0 ? name : name.substring(0, nested));
            }

            @Override
            public String getDescription() {
                return "classes of " + ANALYSIS;
            }
        };
    }

    /** Every package under analysis, the core package included, is a slice. */
    private static SliceAssignment packagesUnderAnalysis() {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String pkg = javaClass.getPackageName();
                return pkg.equals(ANALYSIS) || pkg.startsWith(ANALYSIS + ".") ? SliceIdentifier.of(pkg) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "packages of " + ANALYSIS;
            }
        };
    }
}
