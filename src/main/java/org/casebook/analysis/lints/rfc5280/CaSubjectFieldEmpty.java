package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Names;

@LintSpec(code = "e_ca_subject_field_empty",
        description = "A CA certificate must have a non-empty subject name, since it is the issuer name of what it signs.",
        citation = "RFC 5280: 4.1.2.6", source = LintSource.RFC5280, effective = LintDates.RFC_2459_PUBLISHED)
public class CaSubjectFieldEmpty extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.isCa();
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(Names.subjectIsEmpty(certificate), metadata().severity(), "the CA certificate's subject is empty");
    }
}
