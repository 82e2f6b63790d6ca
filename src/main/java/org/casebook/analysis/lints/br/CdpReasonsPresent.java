package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.x509.DistributionPoint;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_cdp_reasons_present",
        description = "A CRL distribution point must not be limited to some revocation reasons (the reasons field must be absent).",
        citation = "BRs: 7.1.2.11.2 (Ballot SC-62)", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class CdpReasonsPresent extends CrlDistributionPointsProfileLint {

    @Override
    protected LintResult check(DistributionPoint[] points) {
        for (DistributionPoint point : points) {
            if (point.getReasons() != null) {
                return LintResult.error("a distribution point carries the reasons field");
            }
        }
        return LintResult.PASS;
    }
}
