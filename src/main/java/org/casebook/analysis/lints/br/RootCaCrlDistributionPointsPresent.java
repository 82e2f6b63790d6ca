package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.BrProfile;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

/** Nothing revokes a root through a CRL its own key signs; the root table leaves the extension among "any other: NOT RECOMMENDED". */
@LintSpec(code = "w_root_ca_crl_distribution_points_present",
        description = "A root CA certificate should not carry a CRL distribution points extension.",
        citation = "BRs: 7.1.2.1.2 (Ballot SC-62), 7.1.2.11.2 (Ballot SC-63)", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class RootCaCrlDistributionPointsPresent extends BrProfileLint {

    public RootCaCrlDistributionPointsPresent() {
        super(BrProfile.ROOT_CA);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(certificate.hasExtension(Extension.cRLDistributionPoints), metadata().severity(),
                "root CA certificate carries cRLDistributionPoints");
    }
}
