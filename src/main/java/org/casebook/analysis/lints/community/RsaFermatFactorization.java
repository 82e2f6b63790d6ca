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
    /** Residues are tracked modulo this product (about 2^34: a step's sum stays far below 2^63). */
    private static final BigInteger FILTER_MODULUS = BigInteger.valueOf(64L * 63 * 65 * 11 * 17 * 19 * 23);
    private static final boolean[] SQUARE_MOD_64 = squares(64);
    private static final boolean[] SQUARE_MOD_63 = squares(63);
    private static final boolean[] SQUARE_MOD_65 = squares(65);
    private static final boolean[] SQUARE_MOD_11 = squares(11);
    private static final boolean[] SQUARE_MOD_17 = squares(17);
    private static final boolean[] SQUARE_MOD_19 = squares(19);
    private static final boolean[] SQUARE_MOD_23 = squares(23);

    private static boolean[] squares(int modulus) {
        boolean[] squares = new boolean[modulus];
        for (int i = 0; i < modulus; i++) {
            squares[(int) ((long) i * i % modulus)] = true;
        }
        return squares;
    }

    /**
     * Quadratic-residue filters: false proves a non-square, so the costly square root runs rarely (about
     * one step in 800 passes all seven).
     */
    private static boolean mayBeSquare(long value) {
        return SQUARE_MOD_64[(int) (value & 63)] && SQUARE_MOD_63[(int) (value % 63)] && SQUARE_MOD_65[(int) (value % 65)]
                && SQUARE_MOD_11[(int) (value % 11)] && SQUARE_MOD_17[(int) (value % 17)] && SQUARE_MOD_19[(int) (value % 19)]
                && SQUARE_MOD_23[(int) (value % 23)];
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
        // Only residues are tracked per step; the big-number square root runs for the rare candidates.
        BigInteger start = IntegerMath.floorSqrt(modulus).add(BigInteger.ONE);
        long filterModulus = FILTER_MODULUS.longValue();
        long aResidue = start.mod(FILTER_MODULUS).longValue();
        long residue = start.multiply(start).subtract(modulus).mod(FILTER_MODULUS).longValue();
        for (int round = 0; round < ROUNDS; round++) {
            if (mayBeSquare(residue)) {
                BigInteger a = start.add(BigInteger.valueOf(round));
                BigInteger b2 = a.multiply(a).subtract(modulus);
                BigInteger b = IntegerMath.floorSqrt(b2);
                if (b.multiply(b).equals(b2)) {
                    return LintResult.error("the modulus factors as (" + a.add(b) + ") x (" + a.subtract(b) + ")");
                }
            }
            // (a + 1)^2 - n = a^2 - n + 2a + 1
            residue = (residue + 2 * aResidue + 1) % filterModulus;
            aResidue = (aResidue + 1) % filterModulus;
        }
        return LintResult.PASS;
    }
}
