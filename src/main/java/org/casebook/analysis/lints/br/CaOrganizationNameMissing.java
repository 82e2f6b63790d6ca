package org.casebook.analysis.lints.br;

import java.util.List;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.SubjectFields;

@LintSpec(code = "e_ca_organization_name_missing",
        description = "A CA certificate's subject must carry an organizationName.",
        citation = "BRs: 7.1.2.10.2", source = LintSource.CABF_BR, effective = LintDates.BR_1_0_EFFECTIVE)
public class CaOrganizationNameMissing extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.isCa();
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        List<String> organizations = SubjectFields.of(certificate).values(SubjectFields.ORGANIZATION);
        return organizations.isEmpty() || organizations.get(0).isEmpty()
                ? LintResult.error("the CA subject has no organizationName") : LintResult.PASS;
    }
}
