package org.casebook.analysis.lints.br;

import java.util.Arrays;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralSubtree;
import org.bouncycastle.asn1.x509.NameConstraints;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.ReservedAddresses;

@LintSpec(code = "e_ext_nc_intersects_reserved_ip",
        description = "A name constraint must not permit an IP range that overlaps reserved (IANA special-purpose or unallocated) space.",
        citation = "BRs: 7.1.5, 7.1.4.2.1", source = LintSource.CABF_BR, effective = LintDates.BR_1_0_EFFECTIVE)
public class ExtNcIntersectsReservedIp extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.notAfter().isAfter(ExtSanContainsReservedIp.NO_RESERVED_IP)
                && certificate.hasExtension(Extension.nameConstraints);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        NameConstraints constraints;
        try {
            constraints = NameConstraints.getInstance(certificate.extensionValue(Extension.nameConstraints));
        } catch (RuntimeException e) {
            return LintResult.error("the name constraints cannot be decoded");
        }
        GeneralSubtree[] permitted = constraints == null ? null : constraints.getPermittedSubtrees();
        for (GeneralSubtree subtree : permitted == null ? new GeneralSubtree[0] : permitted) {
            GeneralName base = subtree.getBase();
            if (base.getTagNo() != GeneralName.iPAddress) {
                continue;
            }
            byte[] range = ASN1OctetString.getInstance(base.getName()).getOctets();
            if (range.length != 8 && range.length != 32) {
                continue;
            }
            int half = range.length / 2;
            int prefix = ReservedAddresses.prefixLength(Arrays.copyOfRange(range, half, range.length));
            if (prefix >= 0 && ReservedAddresses.intersectsReserved(Arrays.copyOf(range, half), prefix)) {
                return LintResult.error("a permitted IP range overlaps reserved address space");
            }
        }
        return LintResult.PASS;
    }
}
