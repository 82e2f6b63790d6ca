package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_invalid_certificate_version",
        description = "Certificates must be X.509 version 3.",
        citation = "BRs: 7.1.1", source = LintSource.CABF_BR, effective = LintDates.BR_1_3_0)
public class InvalidCertificateVersion extends CertificateLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        return certificate.version() == 3 ? LintResult.PASS
                : LintResult.error("the certificate is version " + certificate.version());
    }
}
