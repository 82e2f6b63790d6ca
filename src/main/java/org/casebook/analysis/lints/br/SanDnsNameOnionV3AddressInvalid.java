package org.casebook.analysis.lints.br;

import java.util.Locale;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.OnionNames;

/**
 * The checks beyond shape that {@code e_san_dns_name_onion_invalid} (zlint's, which only counts base32 characters)
 * leaves out: a 56-character onion label must decode to version byte 3 with the checksum Tor computes, or no Tor
 * client can reach the name the CA claims to have validated.
 */
@LintSpec(code = "e_san_dns_name_onion_v3_address_invalid",
        description = "A version 3 .onion name must decode to version byte 3 and carry the valid checksum (first two bytes of SHA3-256 over \".onion checksum\", the public key and the version).",
        citation = "BRs: Appendix B (ballot SC27); RFC 7686; Tor rend-spec-v3, Encoding onion addresses", source = LintSource.CABF_BR,
        effective = LintDates.EV_ONION_ONLY)
public class SanDnsNameOnionV3AddressInvalid extends OnionAddressLint {

    private static final int VERSION_3_LENGTH = 56;

    @Override
    protected String problem(CertificateView certificate, String name, String address) {
        return address.length() != VERSION_3_LENGTH || OnionNames.isValidVersion3Address(address.toLowerCase(Locale.ROOT)) ? null
                : "'" + name + "' is not a valid version 3 onion address (version byte or checksum wrong)";
    }
}
