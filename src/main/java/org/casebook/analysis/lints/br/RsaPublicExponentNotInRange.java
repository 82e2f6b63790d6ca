package org.casebook.analysis.lints.br;

import java.math.BigInteger;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "w_rsa_public_exponent_not_in_range",
        description = "The public exponent of an RSA key should lie between 2^16+1 and 2^256-1.",
        citation = "BRs: 6.1.6", source = LintSource.CABF_BR, effective = LintDates.BR_1_1_3)
public class RsaPublicExponentNotInRange extends CertificateLint {

    private static final BigInteger LOWEST = BigInteger.valueOf(65537);
    private static final BigInteger ABOVE_HIGHEST = BigInteger.TWO.pow(256);

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.publicKeyAlgorithm().equals(PKCSObjectIdentifiers.rsaEncryption) && certificate.rsaModulus() != null
                && certificate.rsaPublicExponent() != null;
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        BigInteger e = certificate.rsaPublicExponent();
        boolean inRange = e.compareTo(LOWEST) >= 0 && e.compareTo(ABOVE_HIGHEST) < 0;
        if (inRange) {
            return LintResult.PASS;
        }
        return LintResult.failIf(true, metadata().severity(), "RSA public exponent " + e + " is outside 2^16+1 .. 2^256-1");
    }
}
