package org.casebook.analysis.lints;

import static org.casebook.analysis.lints.LintCases.status;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintStatus;
import org.casebook.analysis.Validity;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;

/** Maximum validity periods over the years (39 months, 825 days, Apple's limits, SC-081 milestones). */
class ValidityPeriodLintsTests {

    /** A subscriber certificate valid for exactly {@code seconds} seconds, notBefore through notAfter inclusive. */
    private static CertificateView validFor(String notBefore, long seconds) {
        Instant start = Instant.parse(notBefore);
        return TestPki.certificate().notBefore(notBefore).notAfter(start.plusSeconds(seconds - 1).toString()).view();
    }

    private static long days(long n) {
        return Duration.ofDays(n).getSeconds();
    }

    @Test
    void fourYearCertificateIssuedIn2015IsAnError() {
        CertificateView wosign = TestPki.certificate().validity("2015-06-01T00:00:00Z", "2019-06-01T00:00:00Z").view();
        assertEquals(LintStatus.ERROR, status("e_sub_cert_valid_time_longer_than_39_months", wosign));
    }

    @Test
    void thirtyNineMonthsExactlyPassesAndEarlierIssuanceIsNotInEffect() {
        assertEquals(LintStatus.PASS, status("e_sub_cert_valid_time_longer_than_39_months",
                TestPki.certificate().validity("2015-06-01T00:00:00Z", "2018-09-01T00:00:00Z").view()));
        assertEquals(LintStatus.NE, status("e_sub_cert_valid_time_longer_than_39_months",
                TestPki.certificate().validity("2014-06-01T00:00:00Z", "2019-06-01T00:00:00Z").view()));
        assertEquals(LintStatus.NA, status("e_sub_cert_valid_time_longer_than_39_months",
                TestPki.certificate().ca().validity("2015-06-01T00:00:00Z", "2025-06-01T00:00:00Z").view()));
    }

    @Test
    void monthArithmeticRollsOverLikeZlint() {
        // Go's AddDate: 31 January + 1 month is 3 March in a common year, not 28 February.
        assertEquals(Instant.parse("2017-03-03T10:00:00Z"), Validity.addDate(Instant.parse("2017-01-31T10:00:00Z"), 1, 0));
    }

    @Test
    void moreThan825DaysAfterMarch2018IsAnError() {
        assertEquals(LintStatus.ERROR, status("e_sub_cert_valid_time_longer_than_825_days",
                TestPki.certificate().validity("2018-06-01T00:00:00Z", "2020-09-04T00:00:00Z").view()));
        assertEquals(LintStatus.PASS, status("e_sub_cert_valid_time_longer_than_825_days",
                TestPki.certificate().validity("2018-06-01T00:00:00Z", "2020-09-03T00:00:00Z").view()));
    }

    @Test
    void appleLimitsCountNotAfterInclusively() {
        CertificateView exactly398 = validFor("2021-01-01T00:00:00Z", days(398));
        CertificateView over398 = validFor("2021-01-01T00:00:00Z", days(398) + 1);
        CertificateView exactly397 = validFor("2021-01-01T00:00:00Z", days(397));
        assertEquals(LintStatus.PASS, status("e_tls_server_cert_valid_time_longer_than_398_days", exactly398));
        assertEquals(LintStatus.ERROR, status("e_tls_server_cert_valid_time_longer_than_398_days", over398));
        assertEquals(LintStatus.WARN, status("w_tls_server_cert_valid_time_longer_than_397_days", exactly398));
        assertEquals(LintStatus.PASS, status("w_tls_server_cert_valid_time_longer_than_397_days", exactly397));
        assertEquals(LintStatus.NE, status("e_tls_server_cert_valid_time_longer_than_398_days", validFor("2020-08-01T00:00:00Z", days(800))));
    }

    @Test
    void sc081MilestonesEachHoldTheirOwnLimit() {
        String[][] milestones = {
            {"2026-04-01T00:00:00Z", "200", "199"},
            {"2027-04-01T00:00:00Z", "100", "99"},
            {"2029-04-01T00:00:00Z", "47", "46"},
        };
        for (String[] milestone : milestones) {
            int must = Integer.parseInt(milestone[1]);
            int should = Integer.parseInt(milestone[2]);
            String error = "e_server_cert_valid_time_longer_than_" + must + "_days";
            String warning = "w_server_cert_valid_time_longer_than_" + should + "_days";
            assertEquals(LintStatus.ERROR, status(error, validFor(milestone[0], days(must) + 1)), error);
            assertEquals(LintStatus.PASS, status(error, validFor(milestone[0], days(must))), error);
            assertEquals(LintStatus.WARN, status(warning, validFor(milestone[0], days(must))), warning);
            assertEquals(LintStatus.PASS, status(warning, validFor(milestone[0], days(should))), warning);
        }
        // each limit is retired when the next one starts
        assertEquals(LintStatus.NE, status("e_server_cert_valid_time_longer_than_200_days", validFor("2027-04-01T00:00:00Z", days(300))));
        assertEquals(LintStatus.NE, status("e_server_cert_valid_time_longer_than_47_days", validFor("2026-04-01T00:00:00Z", days(100))));
    }
}
