package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.KeyUsageBits;

@LintSpec(code = "e_ca_key_usage_missing",
        description = "A CA certificate must have a key usage extension with at least one usage.",
        citation = "BRs: 7.1.2.10.7; RFC 5280: 4.2.1.3", source = LintSource.CABF_BR, effective = LintDates.RFC_3280_PUBLISHED)
public class CaKeyUsageMissing extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.isCa();
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return KeyUsageBits.decoded(certificate) != 0 ? LintResult.PASS
                : LintResult.error("the CA certificate has no key usage");
    }
}
