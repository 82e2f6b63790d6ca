package org.casebook.analysis.lints.br;

import java.util.EnumSet;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.BrProfile;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;

/**
 * The DistributionPoint profile of 7.1.2.11.2, for every profile that may carry the extension (an OCSP responder may
 * not: e_ocsp_cert_cdp_forbidden). A CRL distribution points extension that cannot be read is left to the RFC 5280
 * lints.
 */
abstract class CrlDistributionPointsProfileLint extends BrProfileLint {

    protected CrlDistributionPointsProfileLint() {
        super(EnumSet.complementOf(EnumSet.of(BrProfile.OCSP_RESPONDER)));
    }

    @Override
    protected boolean applies(CertificateView certificate) {
        return super.applies(certificate) && distributionPoints(certificate) != null;
    }

    @Override
    protected final LintResult check(CertificateView certificate) {
        return check(distributionPoints(certificate));
    }

    protected abstract LintResult check(DistributionPoint[] points);

    private static DistributionPoint[] distributionPoints(CertificateView certificate) {
        if (!certificate.hasExtension(Extension.cRLDistributionPoints)) {
            return null;
        }
        try {
            CRLDistPoint value = CRLDistPoint.getInstance(certificate.extensionValue(Extension.cRLDistributionPoints));
            return value == null ? null : value.getDistributionPoints();
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
