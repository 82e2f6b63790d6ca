package org.casebook.analysis.lints.community;

import java.math.BigInteger;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_rsa_fermat_factorization",
        description = "An RSA modulus whose two primes are so close that Fermat's method factors it within 100 steps is broken.",
        citation = "Pierre de Fermat", source = LintSource.COMMUNITY)
public class RsaFermatFactorization extends CertificateLint {

    private static final int ROUNDS = 100;

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.publicKeyAlgorithm().equals(PKCSObjectIdentifiers.rsaEncryption) && certificate.rsaModulus() != null;
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        BigInteger modulus = certificate.rsaModulus();
        // n = a^2 - b^2 = (a + b)(a - b): walk a up from ceil(sqrt(n)) looking for a perfect square a^2 - n.
        BigInteger a = modulus.sqrt().add(BigInteger.ONE);
        BigInteger b2 = a.multiply(a).subtract(modulus);
        for (int round = 0; round < ROUNDS; round++) {
            BigInteger b = b2.sqrt();
            if (b.multiply(b).equals(b2)) {
                return LintResult.error("the modulus factors as (" + a.add(b) + ") x (" + a.subtract(b) + ")");
            }
            a = a.add(BigInteger.ONE);
            b2 = a.multiply(a).subtract(modulus);
        }
        return LintResult.PASS;
    }
}
