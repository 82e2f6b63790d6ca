package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Der;
import org.casebook.analysis.lints.support.KeyUsageBits;

@LintSpec(code = "e_ext_key_usage_cert_sign_without_ca",
        description = "keyCertSign may only be asserted when basic constraints marks the certificate as a CA.",
        citation = "RFC 5280: 4.2.1.3, 4.2.1.9", source = LintSource.RFC5280, effective = LintDates.RFC_3280_PUBLISHED)
public class ExtKeyUsageCertSignWithoutCa extends KeyUsageLint {

    @Override
    protected LintResult check(CertificateView certificate, Der bitString) {
        boolean certSign = (KeyUsageBits.mask(bitString) & KeyUsageBits.KEY_CERT_SIGN) != 0;
        return LintResult.failIf(certSign && !certificate.isCa(), metadata().severity(), "keyCertSign without basic constraints cA = TRUE");
    }
}
