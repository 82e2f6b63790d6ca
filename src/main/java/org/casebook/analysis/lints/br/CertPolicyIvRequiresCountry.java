package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.CertificateRoles;
import org.casebook.analysis.lints.support.SubjectFields;
import org.casebook.analysis.lints.support.TlsPolicies;

@LintSpec(code = "e_cert_policy_iv_requires_country",
        description = "A subscriber certificate asserting the individual-validated policy (2.23.140.1.2.3) must carry countryName in its subject.",
        citation = "BRs: 7.1.2.7.3", source = LintSource.CABF_BR, effective = LintDates.BR_1_3_1)
public class CertPolicyIvRequiresCountry extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.policyOids().contains(TlsPolicies.INDIVIDUAL_VALIDATED) && CertificateRoles.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return SubjectFields.of(certificate).has(SubjectFields.COUNTRY) ? LintResult.PASS
                : LintResult.error("the subject has no countryName");
    }
}
