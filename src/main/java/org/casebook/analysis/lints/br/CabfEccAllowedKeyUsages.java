package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.CertificateRoles;
import org.casebook.analysis.lints.support.KeyUsageBits;

@LintSpec(code = "e_cabf_ecc_allowed_key_usages",
        description = "A subscriber certificate with an ECC key must have digitalSignature in its key usage and nothing else but, optionally, keyAgreement.",
        citation = "BRs: 7.1.2.7.11", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class CabfEccAllowedKeyUsages extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.publicKeyAlgorithm().equals(X9ObjectIdentifiers.id_ecPublicKey)
                && certificate.hasExtension(Extension.keyUsage)
                && CertificateRoles.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        int bits = KeyUsageBits.decoded(certificate);
        if ((bits & KeyUsageBits.DIGITAL_SIGNATURE) == 0) {
            return LintResult.error("an ECC key's usage must include digitalSignature");
        }
        if ((bits & ~(KeyUsageBits.DIGITAL_SIGNATURE | KeyUsageBits.KEY_AGREEMENT)) != 0) {
            return LintResult.error("an ECC key may only be used for digitalSignature and keyAgreement");
        }
        return LintResult.PASS;
    }
}
