package org.casebook.analysis.lints.chrome;

import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "e_client_auth_not_allowed",
        description = "Chrome's root program no longer accepts TLS server certificates issued from 15 March 2027 that also list the clientAuth purpose.",
        citation = "Chrome Root Program Policy, Version 1.8, section 1.3.2", source = LintSource.CHROME, effective = LintDates.CHROME_CLIENT_AUTH_DISALLOWED)
public class ClientAuthNotAllowed extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.isServerAuth() && TlsCertificateFacts.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        if (certificate.extendedKeyUsages().contains(KeyPurposeId.id_kp_clientAuth)) {
            return LintResult.error("server certificate also lists id-kp-clientAuth in its extended key usages");
        }
        return LintResult.PASS;
    }
}
