package org.casebook.analysis.lints.rfc5280;

import java.util.List;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;

/** Rules on the DNS names of a subscriber certificate; applies when it has a common name or SAN dNSNames. */
abstract class DnsNameLint extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        if (!Names.isSubscriber(certificate)) {
            return false;
        }
        String commonName = Names.commonName(certificate);
        return (commonName != null && !commonName.isEmpty()) || !GeneralNameList.sanDnsNames(certificate).isEmpty();
    }

    static List<String> sanDnsNames(CertificateView certificate) {
        return GeneralNameList.sanDnsNames(certificate);
    }
}
