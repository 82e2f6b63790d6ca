package org.casebook.analysis.lints.community;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.SubjectTextFields;

@LintSpec(code = "w_multiple_issuer_rdn",
        description = "An issuer relative distinguished name should hold a single attribute.",
        citation = "awslabs certlint", source = LintSource.COMMUNITY)
public class MultipleIssuerRdn extends CertificateLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(SubjectTextFields.hasMultiValuedRdn(certificate.issuer()), metadata().severity(),
                "issuer has a multi-valued relative distinguished name");
    }
}
