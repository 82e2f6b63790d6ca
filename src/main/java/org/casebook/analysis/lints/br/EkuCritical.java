package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.CertificateRoles;

@LintSpec(code = "e_eku_critical",
        description = "A subscriber certificate's extended key usage extension must not be marked critical.",
        citation = "BRs: 7.1.2.7.6", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class EkuCritical extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.hasExtension(Extension.extendedKeyUsage) && CertificateRoles.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return certificate.extension(Extension.extendedKeyUsage).isCritical()
                ? LintResult.error("extendedKeyUsage is marked critical") : LintResult.PASS;
    }
}
