package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_sub_cert_not_is_ca",
        description = "A certificate whose key usage does not allow certificate signing must not claim to be a CA in basic constraints.",
        citation = "BRs: 7.1.2.3", source = LintSource.CABF_BR, effective = LintDates.BR_1_0_EFFECTIVE)
public class SubCertNotIsCa extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        KeyUsage usage = certificate.keyUsage();
        return usage != null && !usage.hasUsages(KeyUsage.keyCertSign) && certificate.hasExtension(Extension.basicConstraints);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(certificate.isCa(), metadata().severity(), "basicConstraints cA is TRUE without keyCertSign");
    }
}
