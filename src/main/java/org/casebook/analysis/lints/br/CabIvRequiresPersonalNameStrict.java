package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.SubjectFields;
import org.casebook.analysis.lints.support.TlsPolicies;

@LintSpec(code = "e_cab_iv_requires_personal_name_strict",
        description = "An individual-validated (2.23.140.1.2.3) subscriber certificate must carry both givenName and surname.",
        citation = "BRs: 7.1.2.7.3", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class CabIvRequiresPersonalNameStrict extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.policyOids().contains(TlsPolicies.INDIVIDUAL_VALIDATED) && !certificate.isCa();
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        SubjectFields subject = SubjectFields.of(certificate);
        return subject.has(SubjectFields.GIVEN_NAME) && subject.has(SubjectFields.SURNAME) ? LintResult.PASS
                : LintResult.error("an IV subject needs both givenName and surname");
    }
}
