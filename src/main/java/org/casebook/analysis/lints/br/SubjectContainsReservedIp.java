package org.casebook.analysis.lints.br;

import java.time.Instant;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.IpAddressText;
import org.casebook.analysis.lints.support.ReservedAddresses;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "e_subject_contains_reserved_ip",
        description = "A certificate expiring after 2015-11-01 must not have a reserved IP address as its subject commonName.",
        citation = "BRs: 7.1.4.2.1", source = LintSource.CABF_BR, effective = LintDates.BR_1_0_EFFECTIVE)
public class SubjectContainsReservedIp extends CertificateLint {

    // BRs 7.1.4.2.1: reserved IP addresses were retired for certificates expiring after 2015-11-01.
    private static final Instant RESERVED_IP_END = Instant.parse("2015-11-01T00:00:00Z");

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.notAfter().isAfter(RESERVED_IP_END);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        byte[] address = IpAddressText.parse(TlsCertificateFacts.commonName(certificate));
        if (address == null || !ReservedAddresses.isReserved(address)) {
            return LintResult.PASS;
        }
        return LintResult.failIf(true, metadata().severity(),
                "commonName " + TlsCertificateFacts.commonName(certificate) + " is a reserved IP address");
    }
}
