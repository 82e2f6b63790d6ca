package org.casebook.analysis.lints.rfc5280;

import static org.casebook.analysis.lints.rfc5280.RfcLintCases.assertStatus;

import java.math.BigInteger;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintStatus;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;

/** RFC 5280 on the serial number (positive, at most 20 octets) and on how validity dates are encoded. */
class SerialAndValidityEncodingTests {

    @Test
    void negativeSerialIsAnErrorAndARandomOnePasses() {
        assertStatus(LintStatus.ERROR, "e_serial_number_not_positive", TestPki.certificate().serial(BigInteger.valueOf(-5)).view());
        assertStatus(LintStatus.PASS, "e_serial_number_not_positive", TestPki.certificate().view());
    }

    @Test
    void serialNeedingTwentyOneOctetsIsAnError() {
        BigInteger twentyOctetsTopBitSet = BigInteger.ONE.shiftLeft(159).add(BigInteger.valueOf(12345));
        assertStatus(LintStatus.ERROR, "e_serial_number_longer_than_20_octets", TestPki.certificate().serial(twentyOctetsTopBitSet).view());
        assertStatus(LintStatus.PASS, "e_serial_number_longer_than_20_octets", TestPki.certificate().serial(twentyOctetsTopBitSet.shiftRight(1)).view());
    }

    @Test
    void validityBefore2050IsUtcTimeWithSeconds() {
        CertificateView ordinary = TestPki.certificate().view();
        assertStatus(LintStatus.PASS, "e_wrong_time_format_pre2050", ordinary);
        assertStatus(LintStatus.PASS, "e_utc_time_does_not_include_seconds", ordinary);
        assertStatus(LintStatus.PASS, "e_utc_time_not_in_zulu", ordinary);
        CertificateView farFuture = TestPki.certificate().notAfter("2051-01-01T00:00:00Z").view();
        assertStatus(LintStatus.PASS, "e_wrong_time_format_pre2050", farFuture);
        assertStatus(LintStatus.PASS, "e_generalized_time_not_in_zulu", farFuture);
    }
}
