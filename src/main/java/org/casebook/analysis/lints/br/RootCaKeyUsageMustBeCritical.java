package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "e_root_ca_key_usage_must_be_critical",
        description = "When a root CA certificate has a key usage extension, it must be marked critical.",
        citation = "BRs: 7.1.2.1", source = LintSource.CABF_BR, effective = LintDates.RFC_2459_PUBLISHED)
public class RootCaKeyUsageMustBeCritical extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.hasExtension(Extension.keyUsage) && TlsCertificateFacts.isRootCa(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(!TlsCertificateFacts.isCritical(certificate, Extension.keyUsage), metadata().severity(),
                "root CA keyUsage extension is not critical");
    }
}
