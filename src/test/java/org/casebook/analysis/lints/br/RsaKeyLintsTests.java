package org.casebook.analysis.lints.br;

import static org.casebook.analysis.lints.br.BrLintCases.lint;
import static org.casebook.analysis.lints.br.BrLintCases.run;
import static org.casebook.analysis.lints.br.BrLintCases.subscriber;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.RSAPublicKeySpec;
import org.casebook.analysis.LintStatus;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;

/** RSA subject keys: modulus size under the BRs and Mozilla's policy, and moduli that Fermat's method factors. */
class RsaKeyLintsTests {

    /** The textbook walk with the JDK's square root, as the reference. */
    private static boolean plainFermatFinds(BigInteger n, int rounds) {
        BigInteger a = n.sqrt().add(BigInteger.ONE);
        for (int round = 0; round < rounds; round++, a = a.add(BigInteger.ONE)) {
            BigInteger b2 = a.multiply(a).subtract(n);
            BigInteger b = b2.sqrt();
            if (b.multiply(b).equals(b2)) {
                return true;
            }
        }
        return false;
    }

    private static KeyPair rsaKeyPair(BigInteger p, BigInteger q) {
        try {
            RSAPublicKeySpec spec = new RSAPublicKeySpec(p.multiply(q), BigInteger.valueOf(65537));
            return new KeyPair(KeyFactory.getInstance("RSA").generatePublic(spec), null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shortRsaModulusBreaksMozillaPolicy() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        KeyPair small = generator.generateKeyPair();
        assertEquals(LintStatus.ERROR, run("e_mp_modulus_must_be_2048_bits_or_more", subscriber().subjectKey(small)));
        assertEquals(LintStatus.PASS, run("e_mp_modulus_must_be_2048_bits_or_more", subscriber()));
    }

    @Test
    void rsaKeysUnder2048BitsAreAnError() {
        KeyPair small = rsaKeyPair(BigInteger.probablePrime(512, new SecureRandom()), BigInteger.probablePrime(512, new SecureRandom()));
        assertEquals(LintStatus.ERROR, lint("e_rsa_mod_less_than_2048_bits", TestPki.certificate().subjectKey(small)));
        assertEquals(LintStatus.PASS, lint("e_rsa_mod_less_than_2048_bits", TestPki.certificate()));
    }

    @Test
    void rsaModulusWithNeighbouringPrimesFallsToFermat() {
        BigInteger p = BigInteger.probablePrime(1024, new SecureRandom());
        KeyPair weak = rsaKeyPair(p, p.nextProbablePrime());
        assertEquals(LintStatus.ERROR, lint("e_rsa_fermat_factorization", TestPki.certificate().subjectKey(weak)));
        assertEquals(LintStatus.PASS, lint("e_rsa_fermat_factorization", TestPki.certificate()));
    }

    @Test
    void fermatVerdictMatchesAPlainFermatWalkAroundTheHundredStepBound() {
        // gaps near 2^517 put the factors' midpoint about 100 steps above sqrt(n) for 1024-bit primes;
        // a fixed seed keeps the mix of both verdicts the same on every run
        java.util.Random random = new java.util.Random(20161001);
        int found = 0;
        for (int i = 0; i < 16; i++) {
            BigInteger p = BigInteger.probablePrime(1024, random);
            BigInteger q = p.add(new BigInteger(518, random).setBit(515)).nextProbablePrime();
            boolean expected = plainFermatFinds(p.multiply(q), 100);
            found += expected ? 1 : 0;
            assertEquals(expected ? LintStatus.ERROR : LintStatus.PASS,
                    lint("e_rsa_fermat_factorization", TestPki.certificate().subjectKey(rsaKeyPair(p, q))), "gap " + q.subtract(p));
        }
        assertTrue(found > 0 && found < 16, "both verdicts occur near the bound: " + found + " of 16 found");
    }
}
