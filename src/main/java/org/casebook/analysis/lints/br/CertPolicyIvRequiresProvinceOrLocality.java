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

@LintSpec(code = "e_cert_policy_iv_requires_province_or_locality",
        description = "A subscriber certificate asserting the individual-validated policy (2.23.140.1.2.3) must carry localityName or stateOrProvinceName.",
        citation = "BRs: 7.1.6.4 (v1.8.7)", source = LintSource.CABF_BR, effective = LintDates.BR_1_3_1)
public class CertPolicyIvRequiresProvinceOrLocality extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.policyOids().contains(TlsPolicies.INDIVIDUAL_VALIDATED) && CertificateRoles.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        SubjectFields subject = SubjectFields.of(certificate);
        return subject.has(SubjectFields.LOCALITY) || subject.has(SubjectFields.STATE_OR_PROVINCE) ? LintResult.PASS
                : LintResult.error("the subject has neither localityName nor stateOrProvinceName");
    }
}
