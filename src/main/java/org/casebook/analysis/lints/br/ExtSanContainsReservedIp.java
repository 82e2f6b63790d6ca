package org.casebook.analysis.lints.br;

import java.time.Instant;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.ReservedAddresses;

@LintSpec(code = "e_ext_san_contains_reserved_ip",
        description = "Certificates valid after 2015-10-31 must not name a reserved (IANA special-purpose or unallocated) IP address.",
        citation = "BRs: 7.1.4.2.1", source = LintSource.CABF_BR, effective = LintDates.BR_1_0_EFFECTIVE)
public class ExtSanContainsReservedIp extends CertificateLint {

    /** The BRs' deadline for revoking certificates naming reserved addresses. */
    static final Instant NO_RESERVED_IP = Instant.parse("2015-11-01T00:00:00Z");

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.notAfter().isAfter(NO_RESERVED_IP);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        GeneralNames names = certificate.subjectAltNames();
        if (names == null) {
            return LintResult.PASS;
        }
        for (GeneralName name : names.getNames()) {
            if (name.getTagNo() == GeneralName.iPAddress) {
                byte[] address = ASN1OctetString.getInstance(name.getName()).getOctets();
                if ((address.length == 4 || address.length == 16) && ReservedAddresses.isReserved(address)) {
                    return LintResult.error("the subjectAltName names a reserved IP address");
                }
            }
        }
        return LintResult.PASS;
    }
}
