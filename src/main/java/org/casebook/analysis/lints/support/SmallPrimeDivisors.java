package org.casebook.analysis.lints.support;

import java.math.BigInteger;
import java.util.stream.IntStream;

/**
 * Which prime below a bound divides a big number, without a division per prime: n mod m is the sum of
 * n's 32-bit words times 2^(32k) mod m, taken mod m once at the end. The primes go in pairs (m = p * q
 * below 2^20, so a sum of 256 terms stays below 2^60); with tables of those powers a 2048-bit modulus
 * costs a few microseconds, where one gcd with the primorial cost 35 to 55.
 */
public final class SmallPrimeDivisors {

    /** Words the power tables cover (a 8,192-bit modulus); larger numbers take the plain route. */
    private static final int TABLE_WORDS = 256;

    /** Primes below this bound keep a pair's product below 2^20. */
    private static final int LARGEST_PRIME = 1023;

    private final int[] primes;
    /** Per pair of consecutive primes (the last one alone when their count is odd): their product. */
    private final long[] pairProducts;
    private final long[][] wordPowers;

    public SmallPrimeDivisors(int upToInclusive) {
        if (upToInclusive > LARGEST_PRIME) {
            throw new IllegalArgumentException("primes up to " + LARGEST_PRIME + " only");
        }
        primes = IntStream.rangeClosed(2, upToInclusive).filter(n -> BigInteger.valueOf(n).isProbablePrime(30)).toArray();
        pairProducts = new long[(primes.length + 1) / 2];
        wordPowers = new long[pairProducts.length][TABLE_WORDS];
        for (int pair = 0; pair < pairProducts.length; pair++) {
            long product = primes[2 * pair] * (2 * pair + 1 < primes.length ? (long) primes[2 * pair + 1] : 1L);
            pairProducts[pair] = product;
            long wordBase = (1L << 32) % product;
            long power = 1 % product;
            for (int word = 0; word < TABLE_WORDS; word++) {
                wordPowers[pair][word] = power;
                power = power * wordBase % product;
            }
        }
    }

    /** The smallest of the primes dividing {@code n} (taken as its absolute value), or 0 when none does. */
    public int smallestDividing(BigInteger n) {
        long[] words = words(n.abs());
        if (words.length > TABLE_WORDS) {
            for (int prime : primes) {
                if (n.mod(BigInteger.valueOf(prime)).signum() == 0) {
                    return prime;
                }
            }
            return 0;
        }
        for (int pair = 0; pair < pairProducts.length; pair++) {
            long[] powers = wordPowers[pair];
            long sum = 0; // each term < 2^32 * 2^20, at most 256 terms: below 2^60
            for (int word = 0; word < words.length; word++) {
                sum += words[word] * powers[word];
            }
            long residue = sum % pairProducts[pair];
            if (residue % primes[2 * pair] == 0) {
                return primes[2 * pair];
            }
            if (2 * pair + 1 < primes.length && residue % primes[2 * pair + 1] == 0) {
                return primes[2 * pair + 1];
            }
        }
        return 0;
    }

    /** The magnitude's 32-bit words, least significant first, each in a long. */
    private static long[] words(BigInteger magnitude) {
        byte[] bytes = magnitude.toByteArray();
        long[] words = new long[(bytes.length + 3) / 4];
        for (int i = 0; i < bytes.length; i++) {
            int fromEnd = bytes.length - 1 - i;
            words[fromEnd >>> 2] |= (bytes[i] & 0xffL) << (8 * (fromEnd & 3));
        }
        return words;
    }
}
