package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.SubjectFields;

@LintSpec(code = "e_organizational_unit_name_prohibited",
        description = "Subscriber certificates issued from 2022-09-01 must not carry organizationalUnitName in the subject.",
        citation = "BRs: 7.1.4.2.2 (i)", source = LintSource.CABF_BR, effective = LintDates.BR_OU_PROHIBITED)
public class OrganizationalUnitNameProhibited extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return !certificate.isCa();
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return SubjectFields.of(certificate).values(SubjectFields.ORGANIZATIONAL_UNIT).isEmpty() ? LintResult.PASS
                : LintResult.error("the subject carries organizationalUnitName");
    }
}
