package org.casebook.analysis.lints.community;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.SubjectTextFields;

@LintSpec(code = "n_multiple_subject_rdn",
        description = "A subject relative distinguished name holding several attributes is unusual and handled inconsistently by software.",
        citation = "lint.AWSLabs certlint", source = LintSource.COMMUNITY)
public class MultipleSubjectRdn extends CertificateLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(SubjectTextFields.hasMultiValuedRdn(certificate.subject()), metadata().severity(),
                "subject has a multi-valued relative distinguished name");
    }
}
