package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.x509.KeyUsage;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "e_sub_cert_key_usage_cert_sign_bit_set",
        description = "A subscriber certificate's key usage must not include keyCertSign.",
        citation = "BRs: 7.1.2.3", source = LintSource.CABF_BR, effective = LintDates.BR_1_0_EFFECTIVE)
public class SubCertKeyUsageCertSignBitSet extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.keyUsage() != null && TlsCertificateFacts.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(certificate.keyUsage().hasUsages(KeyUsage.keyCertSign), metadata().severity(), "keyCertSign is set");
    }
}
