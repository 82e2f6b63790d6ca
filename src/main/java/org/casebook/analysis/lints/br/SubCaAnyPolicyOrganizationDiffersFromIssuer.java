package org.casebook.analysis.lints.br;

import java.util.Objects;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.SubjectFields;

/**
 * anyPolicy is allowed in a subordinate CA only when the subordinate is an Affiliate of the issuing CA; an externally
 * operated subordinate CA must be policy restricted. Affiliation is not written in a certificate: an affiliate may
 * trade under another name, and an external operator may carry a similar one. What a certificate can show is the
 * subject organization differing from the issuer's, hence a notice asking for the affiliation to be checked (e.g.
 * in the CCADB), never an error.
 */
@LintSpec(code = "n_sub_ca_any_policy_organization_differs_from_issuer",
        description = "A subordinate CA asserting anyPolicy names another organization than its issuer: anyPolicy is allowed only when the subordinate CA is an Affiliate of the issuing CA, which the certificate alone cannot show.",
        citation = "BRs: 7.1.2.10.5, 7.1.2.2.6, 7.1.2.3.2 (Ballot SC-62)", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class SubCaAnyPolicyOrganizationDiffersFromIssuer extends BrProfileLint {

    public SubCaAnyPolicyOrganizationDiffersFromIssuer() {
        super(SUBORDINATE_CA_PROFILES);
    }

    @Override
    protected boolean applies(CertificateView certificate) {
        return super.applies(certificate) && certificate.policyOids().contains(ANY_POLICY);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        String subject = SubjectFields.of(certificate).firstValue(SubjectFields.ORGANIZATION);
        String issuer = issuerOrganization(certificate);
        if (subject == null || issuer == null || Objects.equals(subject.trim(), issuer.trim())) {
            return LintResult.PASS;
        }
        return LintResult.notice("anyPolicy asserted for \"" + subject + "\" by an issuer of \"" + issuer
                + "\": allowed only if the subordinate CA is an Affiliate of the issuing CA");
    }

    private static String issuerOrganization(CertificateView certificate) {
        for (org.bouncycastle.asn1.x500.AttributeTypeAndValue attribute : certificate.issuerAttributes()) {
            if (attribute.getType().equals(SubjectFields.ORGANIZATION)) {
                return org.bouncycastle.asn1.x500.style.IETFUtils.valueToString(attribute.getValue());
            }
        }
        return null;
    }
}
