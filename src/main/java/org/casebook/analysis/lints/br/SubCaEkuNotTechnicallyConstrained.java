package org.casebook.analysis.lints.br;

import java.util.List;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "n_sub_ca_eku_not_technically_constrained",
        description = "A subordinate CA certificate is technically constrained for TLS only when its extended key usage names serverAuth or clientAuth.",
        citation = "BRs: 7.1.2.2", source = LintSource.CABF_BR, effective = LintDates.BR_1_1_6)
public class SubCaEkuNotTechnicallyConstrained extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.hasExtension(Extension.extendedKeyUsage) && TlsCertificateFacts.isSubCa(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        List<KeyPurposeId> ekus = certificate.knownExtendedKeyUsages();
        boolean tls = ekus.contains(KeyPurposeId.id_kp_serverAuth) || ekus.contains(KeyPurposeId.id_kp_clientAuth);
        return LintResult.failIf(!tls, metadata().severity(), "extendedKeyUsage names neither serverAuth nor clientAuth");
    }
}
