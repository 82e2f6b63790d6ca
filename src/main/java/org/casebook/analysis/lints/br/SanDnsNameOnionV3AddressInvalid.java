package org.casebook.analysis.lints.br;

import java.util.ArrayList;
import java.util.List;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.OnionNames;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

/**
 * The checks beyond shape that {@code e_san_dns_name_onion_invalid} (zlint's, which only counts base32 characters)
 * leaves out: a 56-character onion label must decode to version byte 3 with the checksum Tor computes, or no Tor
 * client can reach the name the CA claims to have validated.
 */
@LintSpec(code = "e_san_dns_name_onion_v3_address_invalid",
        description = "A version 3 .onion name must decode to version byte 3 and carry the valid checksum (first two bytes of SHA3-256 over \".onion checksum\", the public key and the version).",
        citation = "BRs: Appendix B (ballot SC27); RFC 7686; Tor rend-spec-v3, Encoding onion addresses", source = LintSource.CABF_BR,
        effective = LintDates.EV_ONION_ONLY)
public class SanDnsNameOnionV3AddressInvalid extends CertificateLint {

    private static final int VERSION_3_LENGTH = 56;

    @Override
    protected boolean applies(CertificateView certificate) {
        return TlsCertificateFacts.anyOnionName(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        List<String> names = new ArrayList<>(certificate.dnsNames());
        names.add(TlsCertificateFacts.commonName(certificate));
        for (String name : names) {
            if (name == null || !name.endsWith(".onion")) {
                continue;
            }
            String[] labels = name.split("\\.", -1);
            String address = labels.length < 2 ? "" : labels[labels.length - 2];
            if (address.length() == VERSION_3_LENGTH && !OnionNames.isValidVersion3Address(address)) {
                return LintResult.error("'" + name + "' is not a valid version 3 onion address (version byte or checksum wrong)");
            }
        }
        return LintResult.PASS;
    }
}
