package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateView;

/** Name checks shared by the BR domain-name lints. */
public final class DomainNames {

    private DomainNames() {
    }

    /** A common name or at least one DNS name is present (zlint's precondition for the name lints). */
    public static boolean anyNamePresent(CertificateView certificate) {
        return !SubjectFields.of(certificate).commonName().isEmpty() || !certificate.dnsNames().isEmpty();
    }
}
