package org.casebook.analysis.lints.ocsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.casebook.analysis.LintStatus;
import org.casebook.analysis.revocation.OcspResponseLint;
import org.casebook.analysis.revocation.RevocationLints;
import org.casebook.testpki.TestOcspResponse;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;

/** Each OCSP response lint on a Bouncy Castle-made response that trips it and on one that passes it. */
class OcspResponseLintsTests {

    private static LintStatus run(String code, TestOcspResponse response) {
        OcspResponseLint lint = RevocationLints.discover().ocspLint(code).orElseThrow();
        return lint.run(response.view()).status();
    }

    @Test
    void thisUpdateAfterProducedAtIsAnError() {
        assertEquals(LintStatus.ERROR, run("e_this_update_not_after_produced_at",
                TestPki.ocspResponse().thisUpdate("2025-01-10T12:00:01Z")));
        assertEquals(LintStatus.PASS, run("e_this_update_not_after_produced_at",
                TestPki.ocspResponse().thisUpdate("2025-01-10T12:00:00Z")));
        assertEquals(LintStatus.PASS, run("e_this_update_not_after_produced_at",
                TestPki.ocspResponse().revoked("2025-01-09T00:00:00Z", 1)));
    }

    @Test
    void theRuleIsInEffectByNextUpdateAsInZlint() {
        assertEquals(LintStatus.NE, run("e_this_update_not_after_produced_at",
                TestPki.ocspResponse().thisUpdate("2025-01-10T12:00:01Z").nextUpdate(null)));
    }
}
