package org.casebook.analysis.revocation;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.Random;

/** Flips bits in and truncates a well-formed input, and requires a parser to refuse damage only with a reason. */
final class DamagedInputs {

    interface Parser {
        void parse(byte[] input) throws RevocationParseException;
    }

    private DamagedInputs() {
    }

    static void refusedOnlyWithAReason(byte[] der, Parser... parsers) {
        Random random = new Random(16);
        for (int i = 0; i < 2000; i++) {
            byte[] damaged = der.clone();
            if (i % 2 == 0) {
                damaged[random.nextInt(damaged.length)] ^= (byte) (1 << random.nextInt(8));
            } else {
                damaged = Arrays.copyOf(damaged, random.nextInt(damaged.length));
            }
            for (Parser parser : parsers) {
                try {
                    parser.parse(damaged);
                } catch (RevocationParseException expected) {
                    assertFalse(expected.getMessage().isBlank());
                }
            }
        }
    }
}
