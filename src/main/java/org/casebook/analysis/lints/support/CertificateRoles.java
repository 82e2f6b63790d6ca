package org.casebook.analysis.lints.support;

import org.casebook.analysis.BrProfile;
import org.casebook.analysis.CertificateView;

/**
 * The three certificate roles the zlint-named lints ask about. Root and subordinate CA are decided by
 * {@link BrProfile} (the one place that judges a certificate's profile); a subscriber certificate here is
 * zlint's end entity, neither a CA nor self-signed, which also covers OCSP responder certificates.
 */
public final class CertificateRoles {

    private CertificateRoles() {
    }

    public static boolean isSubscriber(CertificateView certificate) {
        return !certificate.isCa() && !certificate.isSelfSigned();
    }

    /** A CA certificate judged against a subordinate CA profile (BrProfile: every CA that is not a root). */
    public static boolean isSubordinateCa(CertificateView certificate) {
        return BrProfile.of(certificate).isSubordinateCa();
    }

    /** A CA certificate judged as a root (BrProfile: self-issued and signed by its own key). */
    public static boolean isRootCa(CertificateView certificate) {
        return BrProfile.of(certificate) == BrProfile.ROOT_CA;
    }
}
