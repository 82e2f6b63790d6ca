package org.casebook.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;

class LintRegistryTests {

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
}
