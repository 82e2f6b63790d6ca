package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "e_sub_cert_crl_distribution_points_marked_critical",
        description = "A subscriber certificate's CRL distribution points extension must not be critical.",
        citation = "BRs: 7.1.2.3", source = LintSource.CABF_BR, effective = LintDates.BR_1_0_EFFECTIVE)
public class SubCertCrlDistributionPointsMarkedCritical extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.hasExtension(Extension.cRLDistributionPoints) && TlsCertificateFacts.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(TlsCertificateFacts.isCritical(certificate, Extension.cRLDistributionPoints), metadata().severity(),
                "cRLDistributionPoints is marked critical");
    }
}
