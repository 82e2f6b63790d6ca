package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.IpAddressText;
import org.casebook.analysis.lints.support.ReservedAddresses;
import org.casebook.analysis.lints.support.ReverseDnsNames;

@LintSpec(code = "e_subject_contains_reserved_arpa_ip",
        description = "A well-formed reverse-DNS name (in-addr.arpa or ip6.arpa) in a certificate must not stand for a reserved IP address, nor for an address of the other family.",
        citation = "BRs: 7.1.4.2.1", source = LintSource.CABF_BR, effective = LintDates.BR_1_0_EFFECTIVE)
public class SubjectContainsReservedArpaIp extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return ReverseDnsNames.anyReverseName(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        for (String name : certificate.dnsNames()) {
            ReverseDnsNames.Parsed parsed = ReverseDnsNames.parse(name);
            if (parsed.reading() != ReverseDnsNames.Reading.ADDRESS) {
                continue;
            }
            byte[] address = IpAddressText.canonical(parsed.address());
            if (parsed.ipv6Zone() == (address.length == 4)) {
                return LintResult.error("'" + name + "' reads as an address of the wrong family for its zone");
            }
            if (ReservedAddresses.isReserved(address)) {
                return LintResult.error("'" + name + "' stands for the reserved address " + IpAddressText.format(address));
            }
        }
        return LintResult.PASS;
    }
}
