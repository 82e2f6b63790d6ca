package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

/**
 * A warning, not an error: a cross-certificate may repeat, byte for byte, the subject of an existing CA certificate
 * issued under older rules (7.1.2.2.2), and a cross-certificate restricted to TLS cannot be told from a TLS
 * subordinate CA by its content (see BrProfile). A subordinate CA issued under a new name has no such excuse.
 */
@LintSpec(code = "w_sub_ca_invalid_subject_rdn_order",
        description = "A subordinate CA's subject attributes should follow the order of BR 7.1.4.2; only a cross-certificate repeating an existing CA's subject byte for byte may keep another order.",
        citation = "BRs: 7.1.4.1, 7.1.4.2, 7.1.2.2.2 (Ballot SC-62)", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class SubCaInvalidSubjectRdnOrder extends BrProfileLint {

    public SubCaInvalidSubjectRdnOrder() {
        super(SUBORDINATE_CA_PROFILES);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        ASN1ObjectIdentifier misplaced = InvalidSubjectRdnOrder.firstOutOfOrder(certificate);
        return misplaced == null ? LintResult.PASS
                : LintResult.warn("subject attribute " + misplaced.getId() + " comes after one that 7.1.4.2 puts after it "
                        + "(allowed only in a cross-certificate that repeats an existing CA's subject)");
    }
}
