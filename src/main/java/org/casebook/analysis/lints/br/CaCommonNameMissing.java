package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.SubjectFields;

@LintSpec(code = "e_ca_common_name_missing",
        description = "A CA certificate's subject must carry a commonName.",
        citation = "BRs: 7.1.2.10.2", source = LintSource.CABF_BR, effective = LintDates.BR_1_4_8)
public class CaCommonNameMissing extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.isCa();
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return SubjectFields.of(certificate).commonName().isEmpty()
                ? LintResult.error("the CA subject has no commonName") : LintResult.PASS;
    }
}
