package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.SubjectFields;
import org.casebook.analysis.lints.support.TlsPolicies;

@LintSpec(code = "e_cab_ov_requires_org",
        description = "An organization-validated (2.23.140.1.2.2) subscriber certificate must carry organizationName.",
        citation = "BRs: 7.1.2.7.4", source = LintSource.CABF_BR, effective = LintDates.BR_1_0_EFFECTIVE)
public class CabOvRequiresOrg extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.policyOids().contains(TlsPolicies.ORGANIZATION_VALIDATED) && !certificate.isCa();
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return SubjectFields.of(certificate).has(SubjectFields.ORGANIZATION) ? LintResult.PASS
                : LintResult.error("an OV subject has no organizationName");
    }
}
