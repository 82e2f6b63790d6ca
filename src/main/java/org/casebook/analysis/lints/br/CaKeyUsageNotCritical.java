package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_ca_key_usage_not_critical",
        description = "A CA certificate's key usage extension must be marked critical.",
        citation = "BRs: 7.1.2.10.7", source = LintSource.CABF_BR, effective = LintDates.BR_1_0_EFFECTIVE)
public class CaKeyUsageNotCritical extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.isCa() && certificate.hasExtension(Extension.keyUsage);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return certificate.extension(Extension.keyUsage).isCritical() ? LintResult.PASS
                : LintResult.error("keyUsage is not marked critical");
    }
}
