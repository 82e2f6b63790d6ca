package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_rsa_public_exponent_not_odd",
        description = "The public exponent of an RSA key must be an odd number.",
        citation = "BRs: 6.1.6", source = LintSource.CABF_BR, effective = LintDates.BR_1_1_3)
public class RsaPublicExponentNotOdd extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.publicKeyAlgorithm().equals(PKCSObjectIdentifiers.rsaEncryption) && certificate.rsaModulus() != null
                && certificate.rsaPublicExponent() != null;
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        if (certificate.rsaPublicExponent().testBit(0)) {
            return LintResult.PASS;
        }
        return LintResult.failIf(true, metadata().severity(),
                "RSA public exponent " + certificate.rsaPublicExponent() + " is even");
    }
}
