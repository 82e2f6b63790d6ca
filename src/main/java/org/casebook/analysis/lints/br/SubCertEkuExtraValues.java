package org.casebook.analysis.lints.br;

import java.util.Set;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "w_sub_cert_eku_extra_values",
        description = "Before BR 2.0.0, a subscriber certificate's extended key usage should hold only serverAuth, clientAuth and emailProtection.",
        citation = "BRs: 7.1.2.3", source = LintSource.CABF_BR, effective = LintDates.BR_1_0_EFFECTIVE, ineffective = LintDates.BR_2_0_0)
public class SubCertEkuExtraValues extends CertificateLint {

    private static final Set<KeyPurposeId> ALLOWED = Set.of(KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth,
            KeyPurposeId.id_kp_emailProtection);

    @Override
    protected boolean applies(CertificateView certificate) {
        return !certificate.knownExtendedKeyUsages().isEmpty() && TlsCertificateFacts.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        for (KeyPurposeId eku : certificate.knownExtendedKeyUsages()) {
            if (!ALLOWED.contains(eku)) {
                return LintResult.warn("extendedKeyUsage includes " + eku.getId());
            }
        }
        return LintResult.PASS;
    }
}
