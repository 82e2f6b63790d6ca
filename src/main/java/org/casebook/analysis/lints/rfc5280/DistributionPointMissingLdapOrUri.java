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

@LintSpec(code = "w_distribution_point_missing_ldap_or_uri",
        description = "A CRL distribution point name should include at least one HTTP or LDAP URI.",
        citation = "RFC 5280: 4.2.1.13", source = LintSource.RFC5280, effective = LintDates.RFC_5280_PUBLISHED)
public class DistributionPointMissingLdapOrUri extends CertificateLint {

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
            for (String uri : point.fullNameUris()) {
                String lower = uri.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("http") || lower.startsWith("ldap")) {
                    return LintResult.PASS;
                }
            }
        }
        return LintResult.warn("no CRL distribution point has an HTTP or LDAP URI");
    }
}
