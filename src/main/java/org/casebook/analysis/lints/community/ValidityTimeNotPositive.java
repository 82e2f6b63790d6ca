package org.casebook.analysis.lints.community;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_validity_time_not_positive",
        description = "A certificate's notBefore must not be later than its notAfter.",
        citation = "lint.AWSLabs certlint", source = LintSource.COMMUNITY)
public class ValidityTimeNotPositive extends CertificateLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        if (!certificate.notBefore().isAfter(certificate.notAfter())) {
            return LintResult.PASS;
        }
        return LintResult.failIf(true, metadata().severity(),
                "notBefore " + certificate.notBefore() + " is after notAfter " + certificate.notAfter());
    }
}
