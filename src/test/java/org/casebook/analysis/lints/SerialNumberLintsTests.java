package org.casebook.analysis.lints;

import static org.casebook.analysis.lints.LintCases.status;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintStatus;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;

/** Serial number length and entropy under the Baseline Requirements (ballot 164). */
class SerialNumberLintsTests {

    @Test
    void sevenOctetSerialIsAnError() {
        CertificateView sevenOctets = TestPki.certificate().serial(TestPki.serialOfOctets(7, 0x5a)).notBefore("2016-10-15T00:00:00Z").view();
        assertEquals(7, sevenOctets.serialBytes().length);
        assertEquals(LintStatus.ERROR, status("e_serial_number_shorter_than_64_bits", sevenOctets));
    }

    @Test
    void sevenSignificantOctetsAfterAPaddingZeroIsStillAnError() {
        CertificateView padded = TestPki.certificate().serial(TestPki.serialOfOctets(7, 0xc3)).notBefore("2016-10-15T00:00:00Z").view();
        assertEquals(8, padded.serialBytes().length);
        assertEquals(LintStatus.ERROR, status("e_serial_number_shorter_than_64_bits", padded));
        assertEquals(LintStatus.PASS, status("w_serial_number_63_bits_of_entropy", padded));
    }

    @Test
    void sixteenOctetSerialPassesBoth() {
        CertificateView random = TestPki.certificate().serial(TestPki.serialOfOctets(16, 0x71)).notBefore("2016-10-15T00:00:00Z").view();
        assertEquals(LintStatus.PASS, status("e_serial_number_shorter_than_64_bits", random));
        assertEquals(LintStatus.PASS, status("w_serial_number_63_bits_of_entropy", random));
    }

    @Test
    void eightOctetSerialWithTopBitClearIsAWarning() {
        CertificateView topBitClear = TestPki.certificate().serial(TestPki.serialOfOctets(8, 0x3f)).notBefore("2019-02-01T00:00:00Z").view();
        assertEquals(LintStatus.WARN, status("w_serial_number_63_bits_of_entropy", topBitClear));
        assertEquals(LintStatus.PASS, status("e_serial_number_shorter_than_64_bits", topBitClear));
        CertificateView topBitSet = TestPki.certificate().serial(TestPki.serialOfOctets(8, 0xbf)).notBefore("2019-02-01T00:00:00Z").view();
        assertEquals(9, topBitSet.serialBytes().length);
        assertEquals(LintStatus.PASS, status("w_serial_number_63_bits_of_entropy", topBitSet));
    }

    @Test
    void shortSerialsBeforeBallot164AreNotInEffect() {
        CertificateView old = TestPki.certificate().serial(BigInteger.valueOf(4711)).notBefore("2016-09-29T00:00:00Z").view();
        assertEquals(LintStatus.NE, status("e_serial_number_shorter_than_64_bits", old));
    }
}
