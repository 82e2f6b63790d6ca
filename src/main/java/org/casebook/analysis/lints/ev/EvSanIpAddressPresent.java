package org.casebook.analysis.lints.ev;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "e_ev_san_ip_address_present",
        description = "An EV certificate's subject alternative names must not include IP addresses.",
        citation = "CABF EV Guidelines 1.7.8 Section 9.8.1", source = LintSource.CABF_EV)
public class EvSanIpAddressPresent extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return TlsCertificateFacts.isEv(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(!certificate.ipAddresses().isEmpty(), metadata().severity(), "subjectAltName holds an IP address");
    }
}
