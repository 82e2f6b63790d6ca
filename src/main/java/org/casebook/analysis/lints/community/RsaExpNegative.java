package org.casebook.analysis.lints.community;

import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_rsa_exp_negative",
        description = "An RSA public exponent must not be negative.",
        citation = "awslabs certlint", source = LintSource.COMMUNITY)
public class RsaExpNegative extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.publicKeyAlgorithm().equals(PKCSObjectIdentifiers.rsaEncryption) && certificate.rsaPublicExponent() != null;
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(certificate.rsaPublicExponent().signum() < 0, metadata().severity(), "RSA public exponent is negative");
    }
}
