package org.casebook.analysis.lints.br;

import java.util.regex.Pattern;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "e_san_dns_name_onion_invalid",
        description = "A .onion name in a certificate must be a well-formed Tor address: a 56-character base32 version 3 address, or a 16-character version 2 address in an EV certificate only.",
        citation = "RFC 7686, EVGs v1.7.2: Appendix F, BRs v1.6.9: Appendix C", source = LintSource.CABF_BR, effective = LintDates.EV_ONION_ONLY)
public class SanDnsNameOnionInvalid extends OnionAddressLint {

    private static final Pattern BASE32 = Pattern.compile("[a-zA-Z2-7]+");

    @Override
    protected String problem(CertificateView certificate, String name, String address) {
        if (address.length() == 16) {
            if (!TlsCertificateFacts.isEv(certificate)) {
                return "'" + name + "' is a version 2 onion address outside an EV certificate";
            }
        } else if (address.length() != 56) {
            return "'" + name + "' is neither a version 2 nor a version 3 onion address";
        }
        return BASE32.matcher(address).matches() ? null : "'" + name + "' has characters outside base32";
    }
}
