package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "e_sub_ca_crl_distribution_points_does_not_contain_url",
        description = "A subordinate CA certificate's CRL distribution points must include an http:// URL of the CA's CRL.",
        citation = "BRs: 7.1.2.2", source = LintSource.CABF_BR, effective = LintDates.BR_1_0_EFFECTIVE)
public class SubCaCrlDistributionPointsDoesNotContainUrl extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.hasExtension(Extension.cRLDistributionPoints) && TlsCertificateFacts.isSubCa(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(!TlsCertificateFacts.anyStartsWith(TlsCertificateFacts.crlUrls(certificate), "http://"), metadata().severity(),
                "no http:// URL among the CRL distribution points");
    }
}
