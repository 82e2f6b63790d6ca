package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "w_sub_cert_aia_does_not_contain_issuing_ca_url",
        description = "A subscriber certificate should point to its issuer's certificate with an http:// caIssuers URL.",
        citation = "BRs: 7.1.2.3", source = LintSource.CABF_BR, effective = LintDates.BR_1_0_EFFECTIVE)
public class SubCertAiaDoesNotContainIssuingCaUrl extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return !certificate.isCa();
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(!TlsCertificateFacts.anyStartsWith(TlsCertificateFacts.caIssuerUrls(certificate), "http://"), metadata().severity(),
                "no http:// caIssuers URL in authorityInformationAccess");
    }
}
