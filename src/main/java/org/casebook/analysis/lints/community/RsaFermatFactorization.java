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
    private static final BigInteger FILTER_PRODUCT = BigInteger.valueOf(64L * 63 * 65 * 11 * 17 * 19 * 23);
    private static final boolean[][] SQUARES = new boolean[FILTER_MODULI.length][];

    static {
        for (int i = 0; i < FILTER_MODULI.length; i++) {
            int modulus = FILTER_MODULI[i];
            SQUARES[i] = new boolean[modulus];
            for (int x = 0; x < modulus; x++) {
                SQUARES[i][x * x % modulus] = true;
            }
        }
    }

    private static boolean mayBeSquare(int[] residues) {
        for (int i = 0; i < residues.length; i++) {
            if (!SQUARES[i][residues[i]]) {
                return false;
            }
        }
        return true;
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
        // Per step only small residues of a and of a^2 - n move (additions, no division); the big-number
        // square root runs for the rare steps every filter lets through.
        BigInteger start = IntegerMath.floorSqrt(modulus).add(BigInteger.ONE);
        long startMod = start.mod(FILTER_PRODUCT).longValue();
        long modulusMod = modulus.mod(FILTER_PRODUCT).longValue();
        int filters = FILTER_MODULI.length;
        int[] a = new int[filters];
        int[] square = new int[filters]; // a^2 - n mod each filter modulus
        for (int i = 0; i < filters; i++) {
            int m = FILTER_MODULI[i];
            a[i] = (int) (startMod % m);
            square[i] = (int) Math.floorMod((long) a[i] * a[i] - modulusMod % m, (long) m);
        }
        for (int round = 0; round < ROUNDS; round++) {
            if (mayBeSquare(square)) {
                BigInteger candidate = start.add(BigInteger.valueOf(round));
                BigInteger[] b = IntegerMath.sqrtRem(candidate.multiply(candidate).subtract(modulus));
                if (b[1].signum() == 0) {
                    return LintResult.error("the modulus factors as (" + candidate.add(b[0]) + ") x (" + candidate.subtract(b[0]) + ")");
                }
            }
            // (a + 1)^2 - n = a^2 - n + 2a + 1
            for (int i = 0; i < filters; i++) {
                int m = FILTER_MODULI[i];
                int next = square[i] + 2 * a[i] + 1;
                while (next >= m) {
                    next -= m;
                }
                square[i] = next;
                a[i] = a[i] + 1 == m ? 0 : a[i] + 1;
            }
        }
        return LintResult.PASS;
    }
}
