package org.casebook.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class IntegerMathTests {

    @Property(tries = 2000)
    void floorSqrtAgreesWithTheJdk(@ForAll @IntRange(min = 1, max = 4200) int bits, @ForAll long seed) {
        BigInteger n = new BigInteger(bits, new Random(seed));
        assertEquals(n.sqrt(), IntegerMath.floorSqrt(n));
    }

    @Property(tries = 500)
    void squaresAndTheirNeighbours(@ForAll @IntRange(min = 1, max = 2100) int bits, @ForAll long seed) {
        BigInteger root = new BigInteger(bits, new Random(seed));
        BigInteger square = root.multiply(root);
        assertEquals(root, IntegerMath.floorSqrt(square));
        assertTrue(IntegerMath.isPerfectSquare(square));
        if (root.compareTo(BigInteger.ONE) > 0) {
            assertEquals(root.subtract(BigInteger.ONE), IntegerMath.floorSqrt(square.subtract(BigInteger.ONE)));
            assertFalse(IntegerMath.isPerfectSquare(square.subtract(BigInteger.ONE)));
        }
        assertEquals(root, IntegerMath.floorSqrt(square.add(root).add(root)));
    }

    @Property(tries = 2000)
    void remainderIsWhatTheRootLeaves(@ForAll @IntRange(min = 1, max = 9000) int bits, @ForAll long seed) {
        BigInteger n = new BigInteger(bits, new Random(seed));
        BigInteger[] rootAndRemainder = IntegerMath.sqrtRem(n);
        assertEquals(n.sqrt(), rootAndRemainder[0]);
        assertEquals(n.subtract(rootAndRemainder[0].multiply(rootAndRemainder[0])), rootAndRemainder[1]);
    }

    @Test
    void everyWidthAroundTheLevelBoundaries() {
        Random random = new Random(5);
        for (int bits = 1; bits <= 2200; bits++) {
            for (BigInteger n : new BigInteger[] {BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE), BigInteger.ONE.shiftLeft(bits - 1),
                    new BigInteger(bits, random).setBit(bits - 1)}) {
                assertEquals(n.sqrt(), IntegerMath.floorSqrt(n), "bits " + bits);
            }
        }
    }

    @Test
    void smallValuesAndNegatives() {
        for (int i = 0; i < 10_000; i++) {
            assertEquals(BigInteger.valueOf(i).sqrt(), IntegerMath.floorSqrt(BigInteger.valueOf(i)));
        }
        assertThrows(ArithmeticException.class, () -> IntegerMath.floorSqrt(BigInteger.valueOf(-1)));
    }
}
