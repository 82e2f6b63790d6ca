package org.casebook.analysis.lints.community;

import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_rsa_no_public_key",
        description = "A certificate that declares an RSA key must carry a readable RSA public key.",
        citation = "awslabs certlint", source = LintSource.COMMUNITY)
public class RsaNoPublicKey extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.publicKeyAlgorithm().equals(PKCSObjectIdentifiers.rsaEncryption);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(certificate.rsaModulus() == null, metadata().severity(), "the RSA public key cannot be read");
    }
}
