package org.casebook.analysis.lints.br;

import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.CertificateRoles;
import org.casebook.analysis.lints.support.SubjectFields;

@LintSpec(code = "e_invalid_subject_rdn_order",
        description = "Subject attributes must appear in the order the BRs set: DC, C, ST, L, postalCode, street, O, SN, givenName, OU, CN.",
        citation = "BRs: 7.1.4.2", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class InvalidSubjectRdnOrder extends CertificateLint {

    private static final List<ASN1ObjectIdentifier> ORDER = List.of(SubjectFields.DOMAIN_COMPONENT,
            SubjectFields.COUNTRY, SubjectFields.STATE_OR_PROVINCE, SubjectFields.LOCALITY, SubjectFields.POSTAL_CODE,
            SubjectFields.STREET, SubjectFields.ORGANIZATION, SubjectFields.SURNAME, SubjectFields.GIVEN_NAME,
            SubjectFields.ORGANIZATIONAL_UNIT, SubjectFields.COMMON_NAME);

    @Override
    protected boolean applies(CertificateView certificate) {
        return CertificateRoles.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        ASN1ObjectIdentifier misplaced = firstOutOfOrder(certificate);
        return misplaced == null ? LintResult.PASS
                : LintResult.error("subject attribute " + misplaced.getId() + " comes after one that must follow it");
    }

    /** The first subject attribute that comes after one the 7.1.4.2 table puts after it; null when in order. */
    static ASN1ObjectIdentifier firstOutOfOrder(CertificateView certificate) {
        int previous = 0;
        for (ASN1ObjectIdentifier type : SubjectFields.of(certificate).types()) {
            int position = ORDER.indexOf(type);
            if (position < 0) {
                continue; // attributes outside the list are not ordered by the rule
            }
            if (position < previous) {
                return type;
            }
            previous = position;
        }
        return null;
    }
}
