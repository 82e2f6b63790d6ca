package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "w_ext_subject_key_identifier_not_recommended_subscriber",
        description = "From BR 2.0.0, a subscriber certificate should not carry a subject key identifier.",
        citation = "BRs v2: 7.1.2.7.6", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class ExtSubjectKeyIdentifierNotRecommendedSubscriber extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return TlsCertificateFacts.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(certificate.hasExtension(Extension.subjectKeyIdentifier), metadata().severity(), "subscriber certificate has a subjectKeyIdentifier");
    }
}
