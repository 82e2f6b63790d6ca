package org.casebook.analysis.lints.br;

import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.casebook.analysis.BrProfile;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.SubjectFields;

/**
 * The OV and IV subject tables list what each may hold and end with "any other attribute: NOT RECOMMENDED". The
 * attributes those tables prohibit (OU in both; givenName and surname in OV) have errors of their own
 * (e_organizational_unit_name_prohibited, e_sub_cert_given_name_surname_contains_correct_policy), so they are not
 * repeated here. DV subjects have their own error (e_cab_dv_subject_invalid_values); EV subjects follow the EV
 * Guidelines.
 */
@LintSpec(code = "w_sub_cert_subject_attribute_not_recommended",
        description = "An OV or IV subscriber certificate's subject should hold only the attributes its profile table lists (OV: DC, C, ST, L, postalCode, street, O, CN; IV: C, ST, L, postalCode, street, O, surname, givenName, CN).",
        citation = "BRs: 7.1.2.7.3, 7.1.2.7.4, 7.1.4.4 (Ballot SC-62)", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class SubCertSubjectAttributeNotRecommended extends BrProfileLint {

    private static final Set<ASN1ObjectIdentifier> OV_LISTED = Set.of(SubjectFields.DOMAIN_COMPONENT, SubjectFields.COUNTRY,
            SubjectFields.STATE_OR_PROVINCE, SubjectFields.LOCALITY, SubjectFields.POSTAL_CODE, SubjectFields.STREET,
            SubjectFields.ORGANIZATION, SubjectFields.COMMON_NAME,
            SubjectFields.SURNAME, SubjectFields.GIVEN_NAME, SubjectFields.ORGANIZATIONAL_UNIT); // the last three: MUST NOT, judged elsewhere
    private static final Set<ASN1ObjectIdentifier> IV_LISTED = Set.of(SubjectFields.COUNTRY, SubjectFields.STATE_OR_PROVINCE,
            SubjectFields.LOCALITY, SubjectFields.POSTAL_CODE, SubjectFields.STREET, SubjectFields.ORGANIZATION,
            SubjectFields.SURNAME, SubjectFields.GIVEN_NAME, SubjectFields.COMMON_NAME,
            SubjectFields.ORGANIZATIONAL_UNIT); // MUST NOT, judged elsewhere

    public SubCertSubjectAttributeNotRecommended() {
        super(BrProfile.SUBSCRIBER);
    }

    @Override
    protected boolean applies(CertificateView certificate) {
        BrProfile.Validation validation = BrProfile.judge(certificate).validation();
        return super.applies(certificate) && (validation == BrProfile.Validation.OV || validation == BrProfile.Validation.IV);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        BrProfile.Judgement judgement = BrProfile.judge(certificate);
        Set<ASN1ObjectIdentifier> listed = judgement.validation() == BrProfile.Validation.OV ? OV_LISTED : IV_LISTED;
        for (ASN1ObjectIdentifier type : SubjectFields.of(certificate).types()) {
            if (!listed.contains(type)) {
                return LintResult.warn("subject attribute " + type.getId() + " is not in the " + judgement.validation().label()
                        + " subject table (" + judgement.validation().section() + ")");
            }
        }
        return LintResult.PASS;
    }
}
