package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateView;

/** Tor onion service names (RFC 7686) among a certificate's names. */
public final class OnionNames {

    private OnionNames() {
    }

    /** A SAN dNSName or the subject commonName ends in ".onion". */
    public static boolean anyOnionName(CertificateView certificate) {
        if (TlsCertificateFacts.commonName(certificate).endsWith(".onion")) {
            return true;
        }
        return certificate.dnsNames().stream().anyMatch(name -> name.endsWith(".onion"));
    }
}
