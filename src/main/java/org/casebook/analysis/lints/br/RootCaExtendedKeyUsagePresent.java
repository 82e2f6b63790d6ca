package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "e_root_ca_extended_key_usage_present",
        description = "A root CA certificate must not carry an extended key usage extension.",
        citation = "BRs: 7.1.2.1", source = LintSource.CABF_BR, effective = LintDates.BR_1_0_EFFECTIVE)
public class RootCaExtendedKeyUsagePresent extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return TlsCertificateFacts.isRootCa(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(certificate.hasExtension(Extension.extendedKeyUsage), metadata().severity(),
                "root CA certificate has an extendedKeyUsage extension");
    }
}
