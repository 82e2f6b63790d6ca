package org.casebook.analysis.lints.rfc5280;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintRegistry;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintStatus;

/** Lint runs and certificates shared by the RFC 5280 lint tests of this package. */
final class RfcLintCases {

    private RfcLintCases() {
    }

    static LintResult run(String code, CertificateView certificate) {
        CertificateLint lint = LintRegistry.discover().byCode(code).orElseThrow(() -> new AssertionError("no lint " + code));
        return lint.run(certificate);
    }

    static void assertStatus(LintStatus expected, String code, CertificateView certificate) {
        LintResult result = run(code, certificate);
        assertEquals(expected, result.status(), code + ": " + result.detail());
        if (expected.isFinding()) {
            assertNotNull(result.detail(), code + " should say why");
        }
    }
}
