package org.casebook.analysis.corpus;

import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "w_serial_generator_63_bits",
        description = "Every serial on file from this issuer fits in 63 bits, and enough of them are 57 to 63 bits long "
                + "to show a 64-bit-sized generator: one that never sets the 64th bit, which a real 64-bit random "
                + "serial has half the time. Taking 64 random bits and forcing the top one clear leaves 63 bits of "
                + "entropy, below the 64 required; many CAs were found doing this in 2019.",
        citation = "BRs: 7.1 (serial numbers with at least 64 bits of CSPRNG output)", source = LintSource.CORPUS,
        effective = LintDates.BR_64_BIT_SERIALS)
public class SerialGenerator63Bits extends CorpusCheck {

    static final int GENERATOR_BITS = 63;
    /** 8-octet serials with the top bit clear are 57 to 63 bits long (one value in 128 comes out shorter). */
    static final int TYPICAL_MINIMUM_BITS = 57;

    @Override
    protected boolean applies(CertificateView certificate) {
        return appliesTo(certificate.serial().signum() > 0, CorpusKeys.serialBits(certificate));
    }

    /** Whether a serial of this sign and bit length is one a 63-bit generator makes. */
    public static boolean appliesTo(boolean positive, int bits) {
        return positive && bits >= 49 && bits <= GENERATOR_BITS;
    }

    @Override
    protected LintResult check(CertificateView certificate, CorpusContext context) {
        String issuer = CorpusKeys.issuerNameHash(certificate);
        int widest = context.lookup().widestSerialBits(issuer).orElse(0);
        if (widest > GENERATOR_BITS) {
            return LintResult.PASS;
        }
        int minimum = context.settings().serialSampleMinimum();
        return fromCounts(widest, context.lookup().countSerialsOfBits(issuer, TYPICAL_MINIMUM_BITS, GENERATOR_BITS, minimum), minimum);
    }

    /** Whether {@code bits} counts towards {@code typical} in {@link #fromCounts}. */
    public static boolean typical(int bits) {
        return bits >= TYPICAL_MINIMUM_BITS && bits <= GENERATOR_BITS;
    }

    /**
     * The outcome from the issuer's widest serial (0: none) and how many of its serials are 57 to 63 bits long; counts
     * above {@code minimum} are told as {@code minimum}, as the lookup counts no further.
     */
    public LintResult fromCounts(int widest, int typicalSerials, int minimum) {
        if (widest > GENERATOR_BITS) {
            return LintResult.PASS;
        }
        int typical = Math.min(typicalSerials, minimum);
        if (typical < minimum) {
            return LintResult.PASS;
        }
        return finding("at least " + typical + " serials on file from this issuer are 57 to 63 bits long and none is longer "
                + "(widest: " + widest + " bits); with 64 random bits about half would have the 64th bit set, so the "
                + "generator gives at most 63 bits of entropy (chance of this with 64 random bits: below 1 in 2^" + typical + ")");
    }
}
