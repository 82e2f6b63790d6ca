package org.casebook.analysis.lints.support;

import org.casebook.analysis.CertificateView;

/**
 * The three certificate roles as zlint tells them apart, so that our verdicts line up with its: a root is
 * a CA certificate that is self-signed, a subordinate CA one that is not, a subscriber certificate is
 * neither a CA nor self-signed. "Self-signed" is zcrypto's: same name bytes and a signature that verifies.
 */
public final class CertificateRoles {

    private CertificateRoles() {
    }

    public static boolean isSubscriber(CertificateView certificate) {
        return !certificate.isCa() && !certificate.isSelfSigned();
    }

    public static boolean isSubordinateCa(CertificateView certificate) {
        return certificate.isCa() && !certificate.isSelfSigned();
    }

    public static boolean isRootCa(CertificateView certificate) {
        return certificate.isCa() && certificate.isSelfSigned();
    }
}
