package org.casebook.analysis.lints.br;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.casebook.analysis.lints.support.SmallPrimeDivisors;

class SmallPrimeDivisorsTests {

    private static final SmallPrimeDivisors BELOW_752 = new SmallPrimeDivisors(751);

    private static int byDivision(BigInteger n) {
        for (int candidate = 2; candidate <= 751; candidate++) {
            if (BigInteger.valueOf(candidate).isProbablePrime(30) && n.mod(BigInteger.valueOf(candidate)).signum() == 0) {
                return candidate;
            }
        }
        return 0;
    }

    @Property(tries = 1000)
    void agreesWithTrialDivision(@ForAll @IntRange(min = 1, max = 9000) int bits, @ForAll long seed) {
        BigInteger n = new BigInteger(bits, new Random(seed));
        assertEquals(byDivision(n), BELOW_752.smallestDividing(n));
        assertEquals(byDivision(n), BELOW_752.smallestDividing(n.negate()));
    }

    @Test
    void aModulusWithAPlantedFactorAndOneWithout() {
        Random random = new Random(7);
        BigInteger p = BigInteger.probablePrime(1024, random);
        BigInteger q = BigInteger.probablePrime(1024, random);
        assertEquals(0, BELOW_752.smallestDividing(p.multiply(q)));
        assertEquals(743, BELOW_752.smallestDividing(p.multiply(BigInteger.valueOf(743))));
        assertEquals(751, BELOW_752.smallestDividing(BigInteger.valueOf(751L * 751)));
        assertEquals(2, BELOW_752.smallestDividing(BigInteger.ZERO));
    }
}
