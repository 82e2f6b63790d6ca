package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "e_subject_contains_organizational_unit_name_and_no_organization_name",
        description = "A subject with an organizationalUnitName must also have an organizationName.",
        citation = "BRs: 7.1.4.2.2", source = LintSource.CABF_BR, effective = LintDates.BR_1_7_9)
public class SubjectContainsOrganizationalUnitNameAndNoOrganizationName extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return TlsCertificateFacts.subjectHas(certificate, TlsCertificateFacts.ORGANIZATIONAL_UNIT);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(!TlsCertificateFacts.subjectHas(certificate, TlsCertificateFacts.ORGANIZATION), metadata().severity(),
                "subject has an organizationalUnitName but no organizationName");
    }
}
