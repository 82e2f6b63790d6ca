package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "e_sub_cert_aia_does_not_contain_ocsp_url",
        description = "Before BR 2.0.0, a subscriber certificate's authority information access had to give an http:// OCSP responder URL.",
        citation = "BRs: 7.1.2.3", source = LintSource.CABF_BR, effective = LintDates.BR_1_0_EFFECTIVE, ineffective = LintDates.BR_2_0_0)
public class SubCertAiaDoesNotContainOcspUrl extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return !certificate.isCa();
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(!TlsCertificateFacts.anyStartsWith(TlsCertificateFacts.ocspUrls(certificate), "http://"), metadata().severity(),
                "no http:// OCSP URL in authorityInformationAccess");
    }
}
