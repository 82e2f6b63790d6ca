package org.casebook.analysis.lints;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintRegistry;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintStatus;

/** Runs one registered lint by its code, for tests that build their own certificates. */
final class LintCases {

    private LintCases() {
    }

    static LintResult result(String code, CertificateView certificate) {
        CertificateLint lint = LintRegistry.discover().byCode(code).orElseThrow(() -> new AssertionError("no lint " + code));
        return lint.run(certificate);
    }

    static LintStatus status(String code, CertificateView certificate) {
        return result(code, certificate).status();
    }
}
