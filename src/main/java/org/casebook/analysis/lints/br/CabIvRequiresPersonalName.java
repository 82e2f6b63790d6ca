package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.SubjectFields;
import org.casebook.analysis.lints.support.TlsPolicies;

@LintSpec(code = "e_cab_iv_requires_personal_name",
        description = "An individual-validated (2.23.140.1.2.3) subscriber certificate must name an organization or both a given name and a surname.",
        citation = "BRs: 7.1.6.4 (v1.8.7)", source = LintSource.CABF_BR, effective = LintDates.BR_1_3_1, ineffective = LintDates.BR_2_0_0)
public class CabIvRequiresPersonalName extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.policyOids().contains(TlsPolicies.INDIVIDUAL_VALIDATED) && !certificate.isCa();
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        SubjectFields subject = SubjectFields.of(certificate);
        boolean named = subject.has(SubjectFields.ORGANIZATION)
                || subject.has(SubjectFields.GIVEN_NAME) && subject.has(SubjectFields.SURNAME);
        return named ? LintResult.PASS : LintResult.error("an IV subject needs organizationName or givenName and surname");
    }
}
