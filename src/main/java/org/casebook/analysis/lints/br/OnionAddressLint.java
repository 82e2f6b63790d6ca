package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.lints.support.OnionNames;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

/** A rule on each .onion name of a certificate (SAN dNSNames, then the commonName), judged by its address label. */
abstract class OnionAddressLint extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return TlsCertificateFacts.anyOnionName(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        for (String name : TlsCertificateFacts.onionNames(certificate)) {
            String problem = problem(certificate, name, OnionNames.addressLabel(name));
            if (problem != null) {
                return LintResult.error(problem);
            }
        }
        return LintResult.PASS;
    }

    /** What is wrong with this onion name, or null. */
    protected abstract String problem(CertificateView certificate, String name, String address);
}
