package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.x509.KeyUsage;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "n_ca_digital_signature_not_set",
        description = "A CA certificate without digitalSignature in its key usage cannot sign OCSP responses directly.",
        citation = "BRs: 7.1.2.10.7", source = LintSource.CABF_BR, effective = LintDates.BR_1_0_EFFECTIVE)
public class CaDigitalSignatureNotSet extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.isCa() && certificate.keyUsage() != null;
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(!certificate.keyUsage().hasUsages(KeyUsage.digitalSignature), metadata().severity(), "digitalSignature is not set");
    }
}
