package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.casebook.analysis.BrProfile;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

/**
 * The order of 7.1.4.2 binds every certificate of 7.1.2 (7.1.4.1), not only subscriber certificates, which is all
 * zlint's e_invalid_subject_rdn_order judges. A root has no cross-certification exception (7.1.2.2.2 is for
 * subordinate CAs), so an out-of-order root subject is an error.
 */
@LintSpec(code = "e_root_ca_invalid_subject_rdn_order",
        description = "A root CA's subject attributes must follow the order of BR 7.1.4.2 (DC, C, ST, L, postalCode, street, O, SN, givenName, OU, CN).",
        citation = "BRs: 7.1.4.1, 7.1.4.2, 7.1.2.10.2 (Ballot SC-62)", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class RootCaInvalidSubjectRdnOrder extends BrProfileLint {

    public RootCaInvalidSubjectRdnOrder() {
        super(BrProfile.ROOT_CA);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        ASN1ObjectIdentifier misplaced = InvalidSubjectRdnOrder.firstOutOfOrder(certificate);
        return misplaced == null ? LintResult.PASS
                : LintResult.error("subject attribute " + misplaced.getId() + " comes after one that 7.1.4.2 puts after it");
    }
}
