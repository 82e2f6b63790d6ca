package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "e_sub_cert_given_name_surname_contains_correct_policy",
        description = "A subscriber certificate with a givenName or surname in its subject must assert the individual-validated policy 2.23.140.1.2.3.",
        citation = "BRs: 7.1.4.2.2", source = LintSource.CABF_BR, effective = LintDates.BR_GIVEN_NAME)
public class SubCertGivenNameSurnameContainsCorrectPolicy extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return (!TlsCertificateFacts.subjectValues(certificate, TlsCertificateFacts.GIVEN_NAME).isEmpty() || !TlsCertificateFacts.subjectValues(certificate, TlsCertificateFacts.SURNAME).isEmpty())
                && TlsCertificateFacts.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(!TlsCertificateFacts.hasPolicy(certificate, TlsCertificateFacts.CABF_IV), metadata().severity(),
                "subject names a person but the certificate does not assert 2.23.140.1.2.3");
    }
}
