package org.casebook.analysis.lints.br;

import java.util.List;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_sub_cert_eku_server_auth_client_auth_missing",
        description = "Before BR 2.0.0, a subscriber certificate's extended key usage had to include serverAuth or clientAuth.",
        citation = "BRs: 7.1.2.3", source = LintSource.CABF_BR, effective = LintDates.BR_1_0_EFFECTIVE, ineffective = LintDates.BR_2_0_0)
public class SubCertEkuServerAuthClientAuthMissing extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return !certificate.knownExtendedKeyUsages().isEmpty();
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        List<KeyPurposeId> ekus = certificate.knownExtendedKeyUsages();
        boolean tls = ekus.contains(KeyPurposeId.id_kp_serverAuth) || ekus.contains(KeyPurposeId.id_kp_clientAuth);
        return LintResult.failIf(!tls, metadata().severity(), "neither serverAuth nor clientAuth in extendedKeyUsage");
    }
}
