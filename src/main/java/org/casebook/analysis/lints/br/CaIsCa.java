package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.KeyUsageBits;

@LintSpec(code = "e_ca_is_ca",
        description = "A certificate whose key may sign certificates (keyCertSign) must say cA TRUE in basicConstraints.",
        citation = "BRs: 7.1.2.1.4, 7.1.2.10.4", source = LintSource.CABF_BR, effective = LintDates.BR_1_0_EFFECTIVE)
public class CaIsCa extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return (KeyUsageBits.decoded(certificate) & KeyUsageBits.KEY_CERT_SIGN) != 0
                && certificate.hasExtension(Extension.basicConstraints);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return certificate.isCa() ? LintResult.PASS
                : LintResult.error("keyCertSign is asserted but basicConstraints does not say cA TRUE");
    }
}
