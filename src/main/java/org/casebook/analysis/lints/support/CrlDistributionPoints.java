package org.casebook.analysis.lints.support;

import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateView;

/** The CRL distribution points extension as encoded (RFC 5280 4.2.1.13). */
public final class CrlDistributionPoints {

    /** One DistributionPoint: each field null when absent. */
    public record Point(Der distributionPoint, Der reasons, Der crlIssuer) {
        /** URIs of the fullName form of distributionPoint. */
        public List<String> fullNameUris() {
            if (distributionPoint == null) {
                return List.of();
            }
            for (Der name : distributionPoint.children()) {
                if (name.isContext(0)) {
                    return GeneralNameList.texts(name.children(), GeneralNameList.URI);
                }
            }
            return List.of();
        }
    }

    private CrlDistributionPoints() {
    }

    /** Null when the extension is absent or unreadable. */
    public static List<Point> of(CertificateView certificate) {
        Der value = RawCertificate.extensionValue(certificate, Extension.cRLDistributionPoints);
        if (value == null) {
            return null;
        }
        try {
            List<Point> out = new ArrayList<>();
            for (Der point : value.children()) {
                Der name = null;
                Der reasons = null;
                Der issuer = null;
                for (Der field : point.children()) {
                    if (field.isContext(0)) {
                        name = field;
                    } else if (field.isContext(1)) {
                        reasons = field;
                    } else if (field.isContext(2)) {
                        issuer = field;
                    }
                }
                out.add(new Point(name, reasons, issuer));
            }
            return out;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
