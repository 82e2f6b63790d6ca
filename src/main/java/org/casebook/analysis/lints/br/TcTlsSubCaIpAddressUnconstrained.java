package org.casebook.analysis.lints.br;

import java.util.List;
import org.bouncycastle.asn1.x509.GeneralName;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.NameConstraintsFields.Subtree;

@LintSpec(code = "w_tc_tls_sub_ca_ip_address_unconstrained",
        description = "A TLS CA with name constraints that neither permits some iPAddress range nor excludes both 0.0.0.0/0 and ::/0 is not technically constrained.",
        citation = "BRs: 7.1.2.5.2 (Ballot SC-62)", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class TcTlsSubCaIpAddressUnconstrained extends ConstrainedTlsCaNameTypeLint {

    private static final int IPV4_RANGE_OCTETS = 8;
    private static final int IPV6_RANGE_OCTETS = 32;

    public TcTlsSubCaIpAddressUnconstrained() {
        super(GeneralName.iPAddress, "iPAddress");
    }

    @Override
    protected boolean excludesWholeType(List<Subtree> excluded) {
        return excluded.stream().anyMatch(subtree -> isWholeFamily(subtree, IPV4_RANGE_OCTETS))
                && excluded.stream().anyMatch(subtree -> isWholeFamily(subtree, IPV6_RANGE_OCTETS));
    }

    /** An address and mask of all zeroes: every address of the family. */
    private static boolean isWholeFamily(Subtree subtree, int octets) {
        byte[] range = subtree.base().content();
        if (range.length != octets) {
            return false;
        }
        for (byte octet : range) {
            if (octet != 0) {
                return false;
            }
        }
        return true;
    }
}
