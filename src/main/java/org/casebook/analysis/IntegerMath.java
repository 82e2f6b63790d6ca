package org.casebook.analysis;

import java.math.BigInteger;

/** Big-integer arithmetic the key lints need, faster than the JDK's where the JDK is slow. */
public final class IntegerMath {

    /** Half-widths up to this many bits finish with a double-precision estimate (numbers below 2^104). */
    private static final int BASE_HALF_BITS = 26;
    /** Below 2^512 Newton's method is as fast: fewer BigInteger objects than more levels of the recursion. */
    private static final int NEWTON_HALF_BITS = 128;

    private IntegerMath() {
    }

    /**
     * floor(sqrt(n)) for n >= 0. {@link BigInteger#sqrt()} in JDK 17 costs about 200 µs for a 2048-bit
     * modulus; this costs a few.
     */
    public static BigInteger floorSqrt(BigInteger n) {
        return sqrtRem(n)[0];
    }

    /** Whether n >= 0 is the square of an integer. */
    public static boolean isPerfectSquare(BigInteger n) {
        return sqrtRem(n)[1].signum() == 0;
    }

    /**
     * {s, r} with s = floor(sqrt(n)) and r = n - s^2. Zimmermann's "Karatsuba square root" (INRIA RR-3805,
     * 1999): the root of the top half's bits, then one division of half the size and a correction. The
     * number is first shifted left by an even amount so that every level is normalized (top two bits of
     * its 4k-bit window not both zero) and the widths halve down to the double-precision base case.
     */
    public static BigInteger[] sqrtRem(BigInteger n) {
        if (n.signum() < 0) {
            throw new ArithmeticException("square root of a negative number");
        }
        int bits = n.bitLength();
        if (bits <= 4 * BASE_HALF_BITS) {
            return baseSqrtRem(n);
        }
        int halfBits = BASE_HALF_BITS;
        int doublings = 0;
        while (4 * halfBits * (1 << doublings) < bits) {
            doublings++;
        }
        // the smallest k = k0 * 2^j (k0 <= 26) with 4k >= bits
        while (halfBits > 1 && 4 * (halfBits - 1) * (1 << doublings) >= bits) {
            halfBits--;
        }
        int k = halfBits << doublings;
        int shift = (4 * k - bits) / 2; // even shift of 2 * shift bits: bit length becomes 4k or 4k - 1
        BigInteger[] normalized = sqrtRemNormalized(n.shiftLeft(2 * shift), k);
        if (shift == 0) {
            return normalized;
        }
        BigInteger root = normalized[0].shiftRight(shift);
        return new BigInteger[] {root, n.subtract(root.multiply(root))};
    }

    /**
     * n < 2^(4k) and n >= 2^(4k-2), with k = k0 * 2^j and k0 <= 26. In limbs of b = 2^k,
     * n = a3 b^3 + a2 b^2 + a1 b + a0: the root of a3 b + a2 gives the top half of the root, one division
     * the bottom half.
     */
    private static BigInteger[] sqrtRemNormalized(BigInteger n, int k) {
        if (k <= NEWTON_HALF_BITS) {
            BigInteger root = newtonFloorSqrt(n);
            return new BigInteger[] {root, n.subtract(root.multiply(root))};
        }
        BigInteger mask = BigInteger.ONE.shiftLeft(k).subtract(BigInteger.ONE);
        BigInteger a0 = n.and(mask);
        BigInteger a1 = n.shiftRight(k).and(mask);
        BigInteger[] high = sqrtRemNormalized(n.shiftRight(2 * k), k / 2);
        BigInteger[] quotient = high[1].shiftLeft(k).add(a1).divideAndRemainder(high[0].shiftLeft(1));
        BigInteger root = high[0].shiftLeft(k).add(quotient[0]);
        BigInteger remainder = quotient[1].shiftLeft(k).add(a0).subtract(quotient[0].multiply(quotient[0]));
        if (remainder.signum() < 0) {
            remainder = remainder.add(root.shiftLeft(1)).subtract(BigInteger.ONE);
            root = root.subtract(BigInteger.ONE);
        }
        return new BigInteger[] {root, remainder};
    }

    /**
     * sqrt(n >> 2h) << h has about a quarter of the root's bits right; one Newton step doubles them and never
     * lands below floor(sqrt(n)), so at most a step or two down remain.
     */
    private static BigInteger newtonFloorSqrt(BigInteger n) {
        if (n.bitLength() <= 4 * BASE_HALF_BITS) {
            return baseSqrtRem(n)[0];
        }
        int half = n.bitLength() / 4 - 1;
        BigInteger root = newtonFloorSqrt(n.shiftRight(2 * half)).shiftLeft(half);
        root = root.add(n.divide(root)).shiftRight(1);
        while (root.multiply(root).compareTo(n) > 0) {
            root = root.subtract(BigInteger.ONE);
        }
        return root;
    }

    private static BigInteger[] baseSqrtRem(BigInteger n) {
        BigInteger root = BigInteger.valueOf((long) Math.sqrt(n.doubleValue()));
        while (root.multiply(root).compareTo(n) > 0) {
            root = root.subtract(BigInteger.ONE);
        }
        BigInteger next = root.add(BigInteger.ONE);
        while (next.multiply(next).compareTo(n) <= 0) {
            root = next;
            next = root.add(BigInteger.ONE);
        }
        return new BigInteger[] {root, n.subtract(root.multiply(root))};
    }
}
