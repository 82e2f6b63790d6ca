package org.casebook.analysis.lints.br;

import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.SubjectFields;

/** The CA naming table ends with "any other attribute: NOT RECOMMENDED" (e.g. organizationIdentifier, serialNumber, DC). */
@LintSpec(code = "w_ca_subject_attribute_not_recommended",
        description = "A CA certificate's subject should hold only the attributes of the CA naming table: C, ST, L, postalCode, street, O, OU (where allowed) and CN.",
        citation = "BRs: 7.1.2.10.2, 7.1.4.4 (Ballot SC-62)", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class CaSubjectAttributeNotRecommended extends BrProfileLint {

    private static final Set<ASN1ObjectIdentifier> LISTED = Set.of(SubjectFields.COUNTRY, SubjectFields.STATE_OR_PROVINCE,
            SubjectFields.LOCALITY, SubjectFields.POSTAL_CODE, SubjectFields.STREET, SubjectFields.ORGANIZATION,
            SubjectFields.ORGANIZATIONAL_UNIT, SubjectFields.COMMON_NAME);

    public CaSubjectAttributeNotRecommended() {
        super(CA_PROFILES);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        for (ASN1ObjectIdentifier type : SubjectFields.of(certificate).types()) {
            if (!LISTED.contains(type)) {
                return LintResult.warn("subject attribute " + type.getId() + " is not in the CA naming table");
            }
        }
        return LintResult.PASS;
    }
}
