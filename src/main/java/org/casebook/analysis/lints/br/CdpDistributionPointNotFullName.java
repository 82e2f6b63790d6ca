package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_cdp_distribution_point_not_full_name",
        description = "Each CRL distribution point must give its distributionPoint, as a fullName (not a name relative to the CRL issuer).",
        citation = "BRs: 7.1.2.11.2 (Ballot SC-62)", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class CdpDistributionPointNotFullName extends CrlDistributionPointsProfileLint {

    @Override
    protected LintResult check(DistributionPoint[] points) {
        if (points.length == 0) {
            return LintResult.error("the extension holds no distribution point");
        }
        for (DistributionPoint point : points) {
            DistributionPointName name = point.getDistributionPoint();
            if (name == null) {
                return LintResult.error("a distribution point omits its distributionPoint");
            }
            if (name.getType() != DistributionPointName.FULL_NAME) {
                return LintResult.error("a distributionPoint is a nameRelativeToCRLIssuer, not a fullName");
            }
        }
        return LintResult.PASS;
    }
}
