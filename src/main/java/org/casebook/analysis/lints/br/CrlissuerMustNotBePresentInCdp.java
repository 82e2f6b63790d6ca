package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.x509.DistributionPoint;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.AccessLocations;

@LintSpec(code = "e_crlissuer_must_not_be_present_in_cdp",
        description = "CRL distribution points must not name a separate CRL issuer (cRLIssuer).",
        citation = "BRs: 7.1.2.11.2", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class CrlissuerMustNotBePresentInCdp extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return !AccessLocations.crlUrls(certificate).isEmpty();
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        for (DistributionPoint point : AccessLocations.distributionPoints(certificate)) {
            if (point.getCRLIssuer() != null && point.getCRLIssuer().getNames().length > 0) {
                return LintResult.error("a CRL distribution point names a cRLIssuer");
            }
        }
        return LintResult.PASS;
    }
}
