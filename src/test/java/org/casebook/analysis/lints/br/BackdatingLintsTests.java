package org.casebook.analysis.lints.br;

import static org.casebook.analysis.lints.br.BrLintCases.run;
import static org.casebook.analysis.lints.br.BrLintCases.subscriber;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.casebook.analysis.LintStatus;
import org.junit.jupiter.api.Test;

/** A notBefore that embedded SCTs show to lie far in the past of the issuance. */
class BackdatingLintsTests {

    @Test
    void notBeforeFarBeforeTheSctsIsBackdating() {
        Instant notBefore = Instant.parse("2024-06-01T00:00:00Z");
        assertEquals(LintStatus.ERROR, run("e_excessively backdated", subscriber().embeddedScts(notBefore.plusSeconds(72 * 3600))));
        assertEquals(LintStatus.PASS, run("e_excessively backdated", subscriber().embeddedScts(notBefore.plusSeconds(3600))));
        assertEquals(LintStatus.NA, run("e_excessively backdated", subscriber()));
    }
}
