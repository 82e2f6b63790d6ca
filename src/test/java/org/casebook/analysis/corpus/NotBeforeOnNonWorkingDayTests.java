package org.casebook.analysis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintStatus;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;

class NotBeforeOnNonWorkingDayTests {

    private static final CaJurisdiction WOSIGN = new CaJurisdiction("wosign", "WoSign", "CN", "Asia/Shanghai");
    private static final CaJurisdiction US_CA = new CaJurisdiction("example-us", "Example US CA", "US", null);

    private final NotBeforeOnNonWorkingDay check = new NotBeforeOnNonWorkingDay();
    private final InMemoryCorpus corpus = new InMemoryCorpus().ca(WOSIGN).ca(US_CA);

    private LintResult run(String notBefore, String caSlug) {
        return check.run(TestPki.certificate().notBefore(notBefore).view(), corpus.context(caSlug));
    }

    @Test
    void sundayInBeijingIsADayOff() {
        LintResult result = run("2015-12-20T02:00:00Z", "wosign");
        assertEquals(LintStatus.NOTICE, result.status());
        assertTrue(result.detail().contains("2015-12-20 in WoSign's jurisdiction (CN, Asia/Shanghai), a Sunday"), result.detail());
    }

    @Test
    void victoryDayExchangeSundayWasAWorkingDay() {
        assertEquals(LintStatus.PASS, run("2015-09-06T02:00:00Z", "wosign").status());
    }

    @Test
    void nationalDayIsAHoliday() {
        LintResult result = run("2015-10-01T02:00:00Z", "wosign");
        assertEquals(LintStatus.NOTICE, result.status());
        assertTrue(result.detail().contains("National Day"), result.detail());
    }

    @Test
    void ordinaryWeekdayPasses() {
        assertEquals(LintStatus.PASS, run("2015-12-17T02:00:00Z", "wosign").status());
    }

    @Test
    void theDateIsReadInTheCasTimeZone() {
        // Friday 20:00 UTC is Saturday 04:00 in Beijing; Sunday 17:00 UTC is Monday 01:00.
        assertEquals(LintStatus.NOTICE, run("2015-12-18T20:00:00Z", "wosign").status());
        assertEquals(LintStatus.PASS, run("2015-12-20T17:00:00Z", "wosign").status());
    }

    @Test
    void countryWithoutCalendarUsesTheWeekend() {
        LintResult saturday = run("2015-12-19T15:00:00Z", "example-us");
        assertEquals(LintStatus.NOTICE, saturday.status());
        assertTrue(saturday.detail().contains("weekends only"), saturday.detail());
        // 2015-12-25 is a holiday in the US, but without a US calendar it is just a Friday.
        assertEquals(LintStatus.PASS, run("2015-12-25T15:00:00Z", "example-us").status());
    }

    @Test
    void withoutAKnownCaItDoesNotApply() {
        assertEquals(LintStatus.NA, run("2015-12-20T02:00:00Z", null).status());
        assertEquals(LintStatus.NA, run("2015-12-20T02:00:00Z", "nobody").status());
    }

    @Test
    void theCaOfTheIssueACertificateIsEvidenceForIsTheJurisdiction() {
        CertificateView leaf = TestPki.certificate().notBefore("2015-10-01T02:00:00Z").view();
        LintResult result = check.run(leaf, new InMemoryCorpus().evidence(leaf, WOSIGN).context());
        assertEquals(LintStatus.NOTICE, result.status());
        assertTrue(result.detail().contains("National Day"), result.detail());
    }

    @Test
    void theCaOfTheStoredIssuerCertificateIsTheJurisdiction() {
        CertificateView issuer = TestPki.certificate().selfSignedRoot("C=US,O=Casebook Test CA,CN=Casebook Test Issuing CA").view();
        InMemoryCorpus withIssuer = new InMemoryCorpus().add(issuer, WOSIGN);
        CertificateView leaf = TestPki.certificate().notBefore("2015-12-20T02:00:00Z").view();
        LintResult result = check.run(leaf, withIssuer.context());
        assertEquals(LintStatus.NOTICE, result.status());
        assertTrue(result.detail().contains("WoSign"), result.detail());
    }
}
