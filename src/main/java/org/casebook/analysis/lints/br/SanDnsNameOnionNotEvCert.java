package org.casebook.analysis.lints.br;

import java.time.Instant;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "e_san_dns_name_onion_not_ev_cert",
        description = "Until BR 1.6.9 (2020-03-27) allowed version 3 onion names in any certificate, a subscriber certificate naming a .onion host had to be an EV certificate.",
        citation = "CABF Ballot 144", source = LintSource.CABF_BR, effective = LintDates.EV_ONION_ONLY)
public class SanDnsNameOnionNotEvCert extends CertificateLint {

    // Ballot SC27 (BRs 1.6.9) opened version 3 onion names to non-EV certificates.
    private static final Instant ONION_FOR_ALL = Instant.parse("2020-03-27T00:00:00Z");

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.notBefore().isBefore(ONION_FOR_ALL) && TlsCertificateFacts.anyOnionName(certificate) && TlsCertificateFacts.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(!TlsCertificateFacts.isEv(certificate), metadata().severity(), "certificate names a .onion host but is not EV");
    }
}
