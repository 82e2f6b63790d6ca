package org.casebook.analysis.lints.support;

import java.math.BigInteger;
import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateView;

/** The basic constraints fields as encoded (RFC 5280 4.2.1.9): pathLenConstraint may be present where it should not. */
public record BasicConstraintsFields(boolean ca, BigInteger pathLen) {

    /** Null when the extension is absent or unreadable. */
    public static BasicConstraintsFields of(CertificateView certificate) {
        Der value = RawCertificate.extensionValue(certificate, Extension.basicConstraints);
        if (value == null) {
            return null;
        }
        try {
            boolean ca = false;
            BigInteger pathLen = null;
            for (Der field : value.children()) {
                if (field.isUniversal(Der.BOOLEAN)) {
                    ca = field.content().length > 0 && field.content()[0] != 0;
                } else if (field.isUniversal(Der.INTEGER)) {
                    pathLen = field.integer();
                }
            }
            return new BasicConstraintsFields(ca, pathLen);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
