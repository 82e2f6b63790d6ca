package org.casebook.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.casebook.analysis.registryfixtures.annotated.SubjectCommonNamePresent;
import org.casebook.analysis.registryfixtures.unannotated.SubjectCommonNameMissing;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;

class LintRegistryTests {

    private static final String FIXTURES = "org.casebook.analysis.registryfixtures";

    @Test
    void findsLintClassesByThemselves() {
        LintRegistry registry = LintRegistry.discover();
        assertTrue(registry.byCode("e_sub_cert_or_sub_ca_using_sha1").isPresent());
        for (CertificateLint lint : registry.lints()) {
            assertTrue(lint.metadata().citation() != null && !lint.metadata().citation().isBlank(), lint.metadata().code());
        }
    }

    @Test
    void sha1SignedAfter2016IsAnError() {
        CertificateLint lint = LintRegistry.discover().byCode("e_sub_cert_or_sub_ca_using_sha1").orElseThrow();
        assertEquals(LintStatus.ERROR, lint.run(TestPki.certificate().sha1().notBefore("2016-03-01T00:00:00Z").view()).status());
        assertEquals(LintStatus.PASS, lint.run(TestPki.certificate().notBefore("2016-03-01T00:00:00Z").view()).status());
        assertEquals(LintStatus.NE, lint.run(TestPki.certificate().sha1().notBefore("2015-12-20T00:00:00Z").view()).status());
    }

    @Test
    void everyConcreteLintClassOnTheClassPathDeclaresItsSpecAndIsRegistered() throws Exception {
        List<String> lintClasses = concreteLintClasses(LintRegistry.LINT_PACKAGE);
        assertEquals(List.of(), withoutSpec(lintClasses), "lint classes without @LintSpec");
        assertTrue(lintClasses.size() > 300, "found only " + lintClasses.size() + " lint classes: is the scan looking in the right place?");
        assertEquals(lintClasses.size(), LintRegistry.discover().lints().size(), "every lint class is registered, once");
    }

    @Test
    void theClassPathCheckSeesALintClassWithoutSpec() throws Exception {
        List<String> lintClasses = concreteLintClasses(FIXTURES);
        assertEquals(List.of(SubjectCommonNameMissing.class.getName()), withoutSpec(lintClasses));
    }

    @Test
    void discoveryRefusesALintClassWithoutSpecAndNamesIt() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> LintRegistry.scan(FIXTURES + ".unannotated"));
        assertTrue(refused.getMessage().contains(SubjectCommonNameMissing.class.getName()), refused.getMessage());
        assertTrue(refused.getMessage().contains("@LintSpec"), refused.getMessage());
        assertThrows(IllegalStateException.class, () -> LintRegistry.scan(FIXTURES));
    }

    @Test
    void discoveryOfAPackageWithOnlyDeclaredLintsRegistersThem() {
        LintRegistry registry = LintRegistry.scan(FIXTURES + ".annotated");
        assertEquals(1, registry.lints().size());
        assertTrue(registry.byCode("n_fixture_subject_common_name_present").orElseThrow() instanceof SubjectCommonNamePresent);
    }

    @Test
    void theFingerprintCoversWhatAVerdictDependsOnBesidesTheLintClass() {
        List<String> hashed = LintRegistry.fingerprintedClasses();
        // a family base class, a support helper, the certificate view and a nested class
        assertTrue(hashed.contains("org.casebook.analysis.lints.br.OcspResponderLint"), "base class");
        assertTrue(hashed.contains("org.casebook.analysis.lints.support.PublicSuffixRules"), "support helper");
        assertTrue(hashed.contains("org.casebook.analysis.CertificateView"), "certificate view");
        assertTrue(hashed.stream().anyMatch(name -> name.contains("$")), "nested classes");
        LintRegistry registry = LintRegistry.discover();
        assertEquals(registry.fingerprint(), registry.fingerprint());
        assertEquals(32, registry.fingerprint().length());
    }

    private static List<String> concreteLintClasses(String packageName) throws ClassNotFoundException {
        List<String> lintClasses = new ArrayList<>();
        for (String name : LintRegistry.findClassNames(packageName, false)) {
            Class<?> type = Class.forName(name);
            if (CertificateLint.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers())) {
                lintClasses.add(name);
            }
        }
        return lintClasses;
    }

    private static List<String> withoutSpec(List<String> classNames) throws ClassNotFoundException {
        List<String> missing = new ArrayList<>();
        for (String name : classNames) {
            if (!Class.forName(name).isAnnotationPresent(LintSpec.class)) {
                missing.add(name);
            }
        }
        return missing;
    }
}
