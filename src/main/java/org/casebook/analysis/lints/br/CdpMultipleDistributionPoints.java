package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.x509.DistributionPoint;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "w_cdp_multiple_distribution_points",
        description = "A CRL distribution points extension should hold one DistributionPoint (more is NOT RECOMMENDED; several URLs belong in one fullName).",
        citation = "BRs: 7.1.2.11.2 (Ballot SC-62)", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class CdpMultipleDistributionPoints extends CrlDistributionPointsProfileLint {

    @Override
    protected LintResult check(DistributionPoint[] points) {
        return points.length > 1 ? LintResult.warn(points.length + " distribution points") : LintResult.PASS;
    }
}
