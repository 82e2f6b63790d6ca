package org.casebook.analysis.lints.br;

import java.math.BigInteger;
import java.util.stream.IntStream;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "w_rsa_mod_factors_smaller_than_752",
        description = "The modulus of an RSA key should have no prime factor below 752.",
        citation = "BRs: 6.1.6", source = LintSource.CABF_BR, effective = "2013-02-21")
public class RsaModFactorsSmallerThan752 extends CertificateLint {

    private static final int[] SMALL_PRIMES = IntStream.rangeClosed(2, 751)
            .filter(n -> BigInteger.valueOf(n).isProbablePrime(30)).toArray();

    /** The product of those primes: one gcd answers whether any of them divides the modulus. */
    private static final BigInteger PRIMORIAL = IntStream.of(SMALL_PRIMES).mapToObj(BigInteger::valueOf)
            .reduce(BigInteger.ONE, BigInteger::multiply);

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.publicKeyAlgorithm().equals(PKCSObjectIdentifiers.rsaEncryption) && certificate.rsaModulus() != null
                && certificate.rsaPublicExponent() != null;
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        BigInteger modulus = certificate.rsaModulus();
        if (modulus.gcd(PRIMORIAL).equals(BigInteger.ONE)) {
            return LintResult.PASS;
        }
        for (int prime : SMALL_PRIMES) {
            if (modulus.mod(BigInteger.valueOf(prime)).signum() == 0) {
                return LintResult.warn("RSA modulus is divisible by " + prime);
            }
        }
        return LintResult.PASS;
    }
}
