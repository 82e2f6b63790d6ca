package org.casebook.analysis.lints.rfc5280;

import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "w_eku_critical_improperly",
        description = "An extended key usage extension that lists anyExtendedKeyUsage should not be marked critical.",
        citation = "RFC 5280: 4.2.1.12", source = LintSource.RFC5280, effective = LintDates.RFC_3280_PUBLISHED)
public class EkuCriticalImproperly extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.hasExtension(Extension.extendedKeyUsage);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        boolean any = certificate.extendedKeyUsages().contains(org.bouncycastle.asn1.x509.KeyPurposeId.anyExtendedKeyUsage);
        return LintResult.failIf(any && certificate.extension(Extension.extendedKeyUsage).isCritical(), metadata().severity(),
                "critical extended key usage lists anyExtendedKeyUsage");
    }
}
