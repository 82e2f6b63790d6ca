package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "e_root_ca_key_usage_present",
        description = "A root CA certificate must carry a key usage extension.",
        citation = "BRs: 7.1.2.1", source = LintSource.CABF_BR, effective = LintDates.RFC_2459_PUBLISHED)
public class RootCaKeyUsagePresent extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return TlsCertificateFacts.isRootCa(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(!certificate.hasExtension(Extension.keyUsage), metadata().severity(),
                "root CA certificate has no keyUsage extension");
    }
}
