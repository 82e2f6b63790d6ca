package org.casebook.analysis.lints.rfc5280;

import java.util.List;
import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.CrlDistributionPoints;

@LintSpec(code = "e_distribution_point_incomplete",
        description = "A CRL distribution point must name a distributionPoint or a cRLIssuer; reasons alone say nothing about where the CRL is.",
        citation = "RFC 5280: 4.2.1.13", source = LintSource.RFC5280, effective = LintDates.RFC_3280_PUBLISHED)
public class DistributionPointIncomplete extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.hasExtension(Extension.cRLDistributionPoints);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        List<CrlDistributionPoints.Point> points = CrlDistributionPoints.of(certificate);
        if (points == null) {
            return LintResult.NOT_APPLICABLE;
        }
        for (CrlDistributionPoints.Point point : points) {
            if (point.distributionPoint() == null && point.crlIssuer() == null) {
                return LintResult.error("a distribution point has neither distributionPoint nor cRLIssuer");
            }
        }
        return LintResult.PASS;
    }
}
