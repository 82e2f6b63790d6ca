package org.casebook.analysis.lints.community;

import java.math.BigInteger;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.IntegerMath;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_rsa_fermat_factorization",
        description = "An RSA modulus whose two primes are so close that Fermat's method factors it within 100 steps is broken.",
        citation = "Pierre de Fermat", source = LintSource.COMMUNITY)
public class RsaFermatFactorization extends CertificateLint {

    private static final int ROUNDS = 100;
    /** Quadratic-residue filters: a non-square mod any of them is no square, so about one step in 800 needs a square root. */
    private static final int[] FILTER_MODULI = {64, 63, 65, 11, 17, 19, 23};
    /** Products of the filter moduli that fit in an int, so that reducing the modulus is a one-word division. */
    private static final BigInteger FIRST_PRODUCT = BigInteger.valueOf(64 * 63 * 65 * 11);
    private static final BigInteger SECOND_PRODUCT = BigInteger.valueOf(17 * 19 * 23);
    private static final int FIRST_PRODUCT_MODULI = 4;
    private static final boolean[][] IS_SQUARE = new boolean[FILTER_MODULI.length][];
    /** x^2 mod m for every residue x: the step loop then needs no division. */
    private static final int[][] SQUARE_OF = new int[FILTER_MODULI.length][];

    static {
        for (int i = 0; i < FILTER_MODULI.length; i++) {
            int modulus = FILTER_MODULI[i];
            IS_SQUARE[i] = new boolean[modulus];
            SQUARE_OF[i] = new int[modulus];
            for (int x = 0; x < modulus; x++) {
                SQUARE_OF[i][x] = x * x % modulus;
                IS_SQUARE[i][SQUARE_OF[i][x]] = true;
            }
        }
    }

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.publicKeyAlgorithm().equals(PKCSObjectIdentifiers.rsaEncryption) && certificate.rsaModulus() != null;
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        BigInteger modulus = certificate.rsaModulus();
        if (modulus.signum() <= 0) {
            return LintResult.PASS;
        }
        // n = a^2 - b^2 = (a + b)(a - b): walk a up from floor(sqrt(n)) + 1 looking for a perfect square a^2 - n.
        // First mark the steps where a^2 - n is a square modulo every filter modulus (small-number work only),
        // then take big-number square roots at the marked steps alone.
        BigInteger start = IntegerMath.floorSqrt(modulus).add(BigInteger.ONE);
        long startFirst = start.mod(FIRST_PRODUCT).longValue();
        long startSecond = start.mod(SECOND_PRODUCT).longValue();
        long modulusFirst = modulus.mod(FIRST_PRODUCT).longValue();
        long modulusSecond = modulus.mod(SECOND_PRODUCT).longValue();
        long candidatesLow = -1L; // steps 0-63
        long candidatesHigh = -1L; // steps 64-99
        for (int i = 0; i < FILTER_MODULI.length; i++) {
            int m = FILTER_MODULI[i];
            int a = (int) ((i < FIRST_PRODUCT_MODULI ? startFirst : startSecond) % m);
            int n = (int) ((i < FIRST_PRODUCT_MODULI ? modulusFirst : modulusSecond) % m);
            boolean[] isSquare = IS_SQUARE[i];
            int[] squareOf = SQUARE_OF[i];
            long low = 0;
            long high = 0;
            for (int step = 0; step < ROUNDS; step++) {
                int value = squareOf[a] - n;
                if (isSquare[value < 0 ? value + m : value]) {
                    if (step < 64) {
                        low |= 1L << step;
                    } else {
                        high |= 1L << (step - 64);
                    }
                }
                a = a + 1 == m ? 0 : a + 1;
            }
            candidatesLow &= low;
            candidatesHigh &= high;
        }
        for (int step = 0; step < ROUNDS; step++) {
            boolean marked = step < 64 ? (candidatesLow >>> step & 1) != 0 : (candidatesHigh >>> (step - 64) & 1) != 0;
            if (marked) {
                BigInteger candidate = start.add(BigInteger.valueOf(step));
                BigInteger[] b = IntegerMath.sqrtRem(candidate.multiply(candidate).subtract(modulus));
                if (b[1].signum() == 0) {
                    return LintResult.error("the modulus factors as (" + candidate.add(b[0]) + ") x (" + candidate.subtract(b[0]) + ")");
                }
            }
        }
        return LintResult.PASS;
    }
}
