package org.casebook.analysis.lints.br;

import java.math.BigInteger;
import java.util.stream.IntStream;

/**
 * Which prime below a bound divides a big number, without a division per prime: n mod p is the sum of
 * n's 32-bit words times 2^(32k) mod p, taken mod p once at the end. With tables of those powers this
 * costs a few microseconds for a 2048-bit modulus, where one gcd with the primorial cost 35 to 55.
 */
final class SmallPrimeDivisors {

    /** Words the power tables cover (a 8,192-bit modulus); larger numbers take the plain route. */
    private static final int TABLE_WORDS = 256;

    private final int[] primes;
    private final long[][] wordPowers;

    SmallPrimeDivisors(int upToInclusive) {
        primes = IntStream.rangeClosed(2, upToInclusive).filter(n -> BigInteger.valueOf(n).isProbablePrime(30)).toArray();
        wordPowers = new long[primes.length][TABLE_WORDS];
        for (int i = 0; i < primes.length; i++) {
            long wordBase = (1L << 32) % primes[i];
            long power = 1 % primes[i];
            for (int word = 0; word < TABLE_WORDS; word++) {
                wordPowers[i][word] = power;
                power = power * wordBase % primes[i];
            }
        }
    }

    /** The smallest of the primes dividing {@code n} (taken as its absolute value), or 0 when none does. */
    int smallestDividing(BigInteger n) {
        long[] words = words(n.abs());
        if (words.length > TABLE_WORDS) {
            for (int prime : primes) {
                if (n.mod(BigInteger.valueOf(prime)).signum() == 0) {
                    return prime;
                }
            }
            return 0;
        }
        for (int i = 0; i < primes.length; i++) {
            long[] powers = wordPowers[i];
            long sum = 0; // each term < 2^32 * 2^10 and at most 256 terms: no overflow for primes below 2^22
            for (int word = 0; word < words.length; word++) {
                sum += words[word] * powers[word];
            }
            if (sum % primes[i] == 0) {
                return primes[i];
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
