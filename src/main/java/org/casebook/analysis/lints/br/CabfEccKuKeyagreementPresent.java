package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "w_cabf_ecc_ku_keyagreement_present",
        description = "From BR 2.0.0, an ECC subscriber certificate's key usage should not include keyAgreement.",
        citation = "Section 7.1.2.7.11", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class CabfEccKuKeyagreementPresent extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.publicKeyAlgorithm().equals(X9ObjectIdentifiers.id_ecPublicKey) && certificate.keyUsage() != null
                && TlsCertificateFacts.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(certificate.keyUsage().hasUsages(KeyUsage.keyAgreement), metadata().severity(), "keyAgreement is set for an ECC key");
    }
}
