package org.casebook.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.casebook.search.service.CertificateNameIndex;
import org.casebook.support.TestCaseFiles;
import org.casebook.testpki.TestPki;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SearchResourceTests {

    static final String REVIEWER = "searchreviewer";

    @Inject
    TestCaseFiles caseFiles;

    @Inject
    CertificateNameIndex index;

    @Inject
    EntityManager em;

    @Inject
    org.casebook.evidence.service.CertificateService certificates;

    @BeforeEach
    void reviewer() {
        caseFiles.user(REVIEWER, "reviewer");
    }

    /** Stores certificates through the upload API, the way they normally arrive; returns their SHA-256s. */
    static List<String> upload(byte[]... certificates) {
        StringBuilder bundle = new StringBuilder();
        for (byte[] der : certificates) {
            bundle.append(TestPki.toPem(der));
        }
        return given().auth().preemptive().basic(REVIEWER, REVIEWER + "-pw").contentType("application/x-pem-file")
                .body(bundle.toString().getBytes()).post("/api/certificates").then().statusCode(200)
                .extract().jsonPath().getList("certificates.sha256");
    }

    static JsonPath search(String q) {
        return given().queryParam("q", q).get("/api/search").then().statusCode(200).extract().jsonPath();
    }

    /**
     * Why the issue at {@code url} matched {@code q}, paging through the issue group (other tests' case files share
     * the seeded letters and aliases, so it may be past the first page); null when no page has it.
     */
    static String issueMatched(String q, String url) {
        return matchedIn(q, "issues", "it.url == '" + url + "'");
    }

    /** As {@link #issueMatched}, for the first hit of {@code group} meeting a GPath {@code condition}. */
    static String matchedIn(String q, String group, String condition) {
        for (int page = 1; page <= 100; page++) {
            JsonPath found = given().queryParam("q", q).queryParam("page", page).queryParam("size", 100).get("/api/search")
                    .then().statusCode(200).extract().jsonPath();
            String matched = found.getString(group + ".find { " + condition + " }.matched");
            if (matched != null || !found.getBoolean("more." + group)) {
                return matched;
            }
        }
        return null;
    }

    static List<String> certificatesFound(String q) {
        return search(q).getList("certificates.sha256");
    }

    static String matched(String q, String sha256) {
        return search(q).getString("certificates.find { it.sha256 == '" + sha256 + "' }.matched");
    }

    @Test
    void findsACertificateBySha256AndByAPrefixOfAtLeastEightHexDigits() {
        String sha = upload(TestPki.certificate().dnsNames("sha.search1.example").der()).get(0);
        assertEquals(List.of(sha), certificatesFound(sha));
        assertEquals(List.of(sha), certificatesFound(sha.toUpperCase()));
        assertTrue(certificatesFound(sha.substring(0, 8)).contains(sha));
        assertEquals("SHA-256 starts with " + sha.substring(0, 10), matched(sha.substring(0, 10), sha));
        assertFalse(certificatesFound(sha.substring(0, 7)).contains(sha), "seven digits are not a SHA-256 prefix");
    }

    @Test
    void findsASerialTypedWithOrWithoutLeadingZerosAndColons() {
        // 0x00E1... is stored as 00E1... (a positive INTEGER with its top bit set needs the zero octet)
        BigInteger highBit = new BigInteger("E1A2B3C4D5E6F70811223344556677", 16);
        // 0x0A1B... is stored as 0A1B...: a leading zero digit, no zero octet
        BigInteger lowNibble = new BigInteger("0A1B2C3D4E5F60718293A4B5C6D7E8", 16);
        List<String> shas = upload(TestPki.certificate().serial(highBit).dnsNames("serial1.search2.example").der(),
                TestPki.certificate().serial(lowNibble).dnsNames("serial2.search2.example").der());
        assertEquals(List.of(shas.get(0)), certificatesFound("E1A2B3C4D5E6F70811223344556677"));
        assertEquals(List.of(shas.get(0)), certificatesFound("00e1a2b3c4d5e6f70811223344556677"));
        assertEquals(List.of(shas.get(0)), certificatesFound("00:E1:A2:B3:C4:D5:E6:F7:08:11:22:33:44:55:66:77"));
        assertEquals(List.of(shas.get(1)), certificatesFound("A1B2C3D4E5F60718293A4B5C6D7E8"));
        assertEquals(List.of(shas.get(1)), certificatesFound("0a:1b:2c:3d:4e:5f:60:71:82:93:a4:b5:c6:d7:e8"));
        assertEquals("serial number 00E1A2B3C4D5E6F70811223344556677 (leading zeros and separators ignored)",
                matched("E1A2B3C4D5E6F70811223344556677", shas.get(0)));
        assertEquals("serial number 0A1B2C3D4E5F60718293A4B5C6D7E8", matched("0A1B2C3D4E5F60718293A4B5C6D7E8", shas.get(1)));
    }

    @Test
    void findsDnsNamesExactlyByWildcardAndEverythingUnderADomain() {
        List<String> shas = upload(TestPki.certificate().subject("CN=www.search3.example").dnsNames("www.search3.example").der(),
                TestPki.certificate().subject("CN=*.search3.example").dnsNames("*.search3.example").der(),
                TestPki.certificate().subject("CN=search3.example").dnsNames("search3.example").der(),
                TestPki.certificate().subject("CN=a.b.search3.example").dnsNames("a.b.search3.example", "under_score.search3.example").der(),
                TestPki.certificate().subject("CN=www.notsearch3.example").dnsNames("www.notsearch3.example").der());
        String www = shas.get(0);
        String wildcard = shas.get(1);
        String apex = shas.get(2);
        String deep = shas.get(3);
        String other = shas.get(4);

        assertEquals(List.of(www, wildcard), certificatesFound("WWW.search3.example"));
        assertEquals("DNS name www.search3.example", matched("www.search3.example", www));
        assertEquals("wildcard DNS name *.search3.example covers api.search3.example", matched("api.search3.example", wildcard));
        assertEquals(List.of(wildcard), certificatesFound("api.search3.example"));
        assertEquals(List.of(wildcard), certificatesFound("*.search3.example"));
        assertEquals(List.of(apex), certificatesFound("search3.example"));

        List<String> under = certificatesFound(".search3.example");
        assertEquals(Set.of(www, wildcard, apex, deep), new HashSet<>(under));
        assertEquals(4, under.size());
        assertFalse(under.contains(other));
        assertEquals("DNS name a.b.search3.example (under search3.example)", matched(".search3.example", deep));
        assertEquals(List.of(deep), certificatesFound(".b.search3.example"));
        assertEquals(List.of(deep, wildcard), certificatesFound("under_score.search3.example"));
        assertEquals(List.of(wildcard), certificatesFound("underXscore.search3.example"));
    }

    @Test
    void findsIpAddressesInAnyTextForm() {
        byte[] der = TestPki.certificate().dnsNames().extension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
            new GeneralName(GeneralName.dNSName, "ip.search4.example"),
            new GeneralName(GeneralName.iPAddress, "198.51.100.23"),
            new GeneralName(GeneralName.iPAddress, "2001:db8:0:0:0:0:0:17")})).der();
        String sha = upload(der).get(0);
        assertEquals(List.of(sha), certificatesFound("198.51.100.23"));
        assertEquals(List.of(sha), certificatesFound("2001:DB8::17"));
        assertEquals("IP address 2001:db8:0:0:0:0:0:17", matched("2001:db8:0::17", sha));
        assertEquals(List.of(), certificatesFound("198.51.100.24"));
    }

    @Test
    void findsSubjectAndIssuerWords() {
        List<String> shas = upload(
                TestPki.certificate().subject("C=DE,O=Quixotic Widgets GmbH,CN=shop.search5.example").dnsNames("shop.search5.example")
                        .issuer("C=DE,O=Zyzzyva Trust,CN=Zyzzyva Issuing CA 7").der(),
                TestPki.certificate().subject("C=DE,O=Quixotic Gadgets GmbH,CN=other.search5.example").dnsNames("other.search5.example").der());
        assertEquals(List.of(shas.get(0)), certificatesFound("quixotic widgets"));
        assertEquals(Set.of(shas.get(0), shas.get(1)), new HashSet<>(certificatesFound("Quixotic")));
        assertEquals("subject contains the words quixotic widgets", matched("Quixotic Widgets", shas.get(0)));
        assertEquals(List.of(shas.get(0)), certificatesFound("O=Quixotic Widgets GmbH"));
        assertEquals(List.of(shas.get(0)), certificatesFound("zyzzyva issuing"));
        assertEquals("issuer contains the words zyzzyva issuing", matched("zyzzyva issuing", shas.get(0)));
        assertEquals(List.of(), certificatesFound("quixotic zyzzyva"));
    }

    @Test
    void anIssuersWordsAreKeptOnceHoweverManyCertificatesItIssued() {
        String issuer = "C=DE,O=Ptarmigan Trust,CN=Ptarmigan Issuing CA 2";
        List<String> first = upload(TestPki.certificate().subject("CN=one.search9.example").dnsNames("one.search9.example").issuer(issuer).der());
        List<String> more = upload(
                TestPki.certificate().subject("CN=two.search9.example").dnsNames("two.search9.example").issuer(issuer).der(),
                TestPki.certificate().subject("CN=three.search9.example").dnsNames("three.search9.example").issuer(issuer).der());
        Set<String> all = new HashSet<>(first);
        all.addAll(more);
        assertEquals(all, new HashSet<>(certificatesFound("ptarmigan issuing")));
        List<String> words = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select w.word from issuer_name_word w"
                + " where w.issuerNameHash = (select c.issuerNameHash from certificate c where c.sha256 = ?1) order by w.word", String.class)
                .setParameter(1, first.get(0)).getResultList());
        assertEquals(List.of("ca", "de", "issuing", "ptarmigan", "trust"), words);
        long issuerRows = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from certificate_name where kind not in ('SERIAL', 'DNS', 'IP', 'SUBJECT')").getSingleResult()).longValue());
        assertEquals(0, issuerRows);
    }

    /** The path a bundle's certificates take one by one when the bundle cannot be filed in one transaction. */
    @Test
    void aCertificateFiledAloneIsIndexedAsItIsStored() throws Exception {
        byte[] der = TestPki.certificate().subject("CN=alone.search11.example").dnsNames("alone.search11.example")
                .issuer("CN=Wallaby Single Filing CA").der();
        String sha = certificates.file(org.casebook.analysis.CertificateView.of(der), List.of(), REVIEWER, null, null).certificate().sha256;
        assertEquals(List.of(sha), certificatesFound("alone.search11.example"));
        assertEquals(List.of(sha), certificatesFound("wallaby single"));
    }

    @Test
    void issuerNamesStoredOutsideTheUploadPathAreFoundAfterTheBackfill() {
        String sha = caseFiles.storeCertificate(TestPki.certificate().subject("CN=words.search10.example").dnsNames("words.search10.example")
                .issuer("CN=Quokka Backfill Issuing CA").der());
        assertEquals(List.of(), certificatesFound("quokka backfill"));
        index.backfill();
        assertTrue(index.backfillIssuerWords() >= 1);
        assertEquals(List.of(sha), certificatesFound("quokka backfill"));
        assertEquals("issuer contains the words quokka backfill", matched("quokka backfill", sha));
    }

    @Test
    void findsIssuesByLetterFormerNameAndWordsAndStatementsByWords() {
        caseFiles.createCa("searchca", "Searchable Test Authority");
        assertEquals("former name Issue X", issueMatched("Issue X", "/cas/searchca/issues/H"));

        assertEquals("letter H", issueMatched("h", "/cas/searchca/issues/H"));
        assertEquals(List.of(), search("h").getList("statements"));

        assertEquals("title: Duplicate serial numbers", issueMatched("duplicate SERIAL", "/cas/searchca/issues/H"));

        assertEquals("text: We are searching our database.", matchedIn("searching our database", "statements", "it.ca == 'searchca'"));

        JsonPath ca = search("searchable test");
        assertEquals("searchca", ca.getString("cas[0].slug"));
        assertEquals("name: Searchable Test Authority", ca.getString("cas[0].matched"));
    }

    @Test
    void findsTheSeededIncidentReportsByWordsInTheirSections() {
        String n = matchedIn("N1 N2", "reports", "it.ca == 'wosign' && it.letter == 'N'");
        assertTrue(n != null && n.startsWith("summary: ") && n.contains("two bugs, N1 and N2"), n);

        JsonPath w = search("operating system");
        assertEquals("action item: Update the operating system of the validation server(s)",
                w.getString("reports.find { it.ca == 'wosign' && it.letter == 'W' }.matched"));
        assertEquals("/cas/wosign/issues/W/incident#report-622", w.getString("reports.find { it.letter == 'W' }.url"));
        assertEquals("Closing", w.getString("reports.find { it.letter == 'W' }.kind"));

        // "status" and "measure" are field names in every stored action item, not words of W's report
        assertEquals(null, matchedIn("status", "reports", "it.ca == 'wosign' && it.letter == 'W'"));
        assertEquals(null, matchedIn("measure", "reports", "it.ca == 'wosign' && it.letter == 'W'"));
    }

    @Test
    void findsAReportByItsTimelineItsActionItemsAndItsUrl() {
        caseFiles.createCa("searchreports", "Report Search Authority");
        caseFiles.user("searchmanager", "manager");
        given().auth().preemptive().basic("searchmanager", "searchmanager-pw").contentType("application/json")
                .body("{\"kind\":\"full\",\"filedAt\":\"2016-09-20T08:00Z\",\"url\":\"https://bugzilla.example/show_bug.cgi?id=4471902\","
                        + "\"summary\":\"Two signing servers issued certificates with the same serial number.\",\"impact\":\"392 certificates.\","
                        + "\"timeline\":[{\"at\":\"2015-04-09T02:00Z\",\"event\":\"First duplicate serial issued.\"},"
                        + "{\"at\":\"2016-08-24T13:30Z\",\"event\":\"A researcher reports the collisions found in Certificate Transparency logs.\"}],"
                        + "\"rootCause\":\"The generator kept no state shared between the two servers.\",\"lessonsLearned\":\"Test failover paths.\","
                        + "\"actionItems\":[{\"action\":\"Move serial generation into the HSM cluster\",\"kind\":\"prevent\","
                        + "\"due\":\"2016-12-01\",\"status\":\"open\",\"measure\":\"zero duplicate serials in CT over six months\"}]}")
                .post("/api/cas/searchreports/issues/H/reports").then().statusCode(201);
        String mine = "it.ca == 'searchreports'";

        assertEquals("timeline: 2016-08-24: A researcher reports the collisions found in Certificate Transparency logs.",
                matchedIn("collisions transparency", "reports", mine));
        String action = matchedIn("HSM cluster", "reports", mine);
        assertTrue(action != null && action.startsWith("action item: Move serial generation into the HSM cluster (measure: zero"), action);
        assertEquals("URL: https://bugzilla.example/show_bug.cgi?id=4471902", matchedIn("4471902", "reports", mine));
        assertEquals("root cause: The generator kept no state shared between the two servers.", matchedIn("shared generator", "reports", mine));
        assertEquals(null, matchedIn("collisions nonexistentword", "reports", mine), "every term must be in the report");

        Document page = Jsoup.parse(given().queryParam("q", "4471902").get("/search").then().statusCode(200).extract().asString());
        assertEquals("Incident reports", page.select("#search-reports h2").text());
        assertTrue(page.select("#search-reports a").attr("href").startsWith("/cas/searchreports/issues/H/incident#report-"));
        assertTrue(page.select("#search-reports .matched").text().contains("bugzilla.example"));
    }

    @Test
    void anIssueNameIsAnsweredByIssuesAloneNotByDescriptionsThatMentionIt() {
        // WoSign's description says the issues were first announced as "Issues -2 to 2 and X"
        for (String name : List.of("Issue X", "Issue -2", "issue 0")) {
            JsonPath found = search(name);
            assertEquals(List.of(), found.getList("cas"), name);
            assertEquals(List.of(), found.getList("statements"), name);
            assertEquals(List.of(), found.getList("reports"), name);
            assertTrue(found.getList("understood").contains("an issue letter or former name"), name);
        }
        assertEquals("former name Issue X", issueMatched("Issue X", "/cas/wosign/issues/H"));
        assertEquals("former name Issue -2", issueMatched("Issue -2", "/cas/wosign/issues/D"));
        assertEquals("former name Issue 0", issueMatched("issue 0", "/cas/wosign/issues/L"));
        assertEquals(null, issueMatched("Issue -2", "/cas/wosign/issues/H"), "no issue's text is searched for an issue name");
        // plain words still find a description
        assertTrue(search("chronological order").getString("cas.find { it.slug == 'wosign' }.matched").startsWith("description: "));
    }

    @Test
    void pagesThroughAGroupWithoutRepeats() {
        List<byte[]> certificates = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            certificates.add(TestPki.certificate().subject("O=Pagination Fixture,CN=p" + i + ".search6.example").dnsNames("p" + i + ".search6.example").der());
        }
        Set<String> stored = new HashSet<>(upload(certificates.toArray(byte[][]::new)));
        Set<String> seen = new HashSet<>();
        for (int page = 1; page <= 3; page++) {
            JsonPath json = given().queryParam("q", "pagination fixture").queryParam("page", page).queryParam("size", 2)
                    .get("/api/search").then().statusCode(200).body("page", equalTo(page)).body("size", equalTo(2))
                    .extract().jsonPath();
            List<String> shas = json.getList("certificates.sha256");
            assertEquals(page < 3 ? 2 : 1, shas.size());
            assertEquals(page < 3, json.getBoolean("more.certificates"));
            for (String sha : shas) {
                assertTrue(seen.add(sha), "repeated on page " + page);
            }
        }
        assertEquals(stored, seen);
    }

    @Test
    void badInputIsA400NamingTheParameter() {
        given().get("/api/search").then().statusCode(400).body("error", equalTo("bad request")).body("detail", containsString("q:"));
        given().queryParam("q", "   ").get("/api/search").then().statusCode(400).body("detail", containsString("q:"));
        given().queryParam("q", "x".repeat(513)).get("/api/search").then().statusCode(400).body("detail", containsString("at most 512"));
        given().queryParam("q", "a").queryParam("page", "0").get("/api/search").then().statusCode(400).body("detail", containsString("page:"));
        given().queryParam("q", "a").queryParam("page", "two").get("/api/search").then().statusCode(400).body("detail", containsString("page:"));
        given().queryParam("q", "a").queryParam("size", "101").get("/api/search").then().statusCode(400).body("detail", containsString("size:"));
        given().queryParam("q", "a").queryParam("page", "200").queryParam("size", "100").get("/api/search").then().statusCode(400)
                .body("detail", containsString("page:"));
        given().queryParam("q", "").get("/search").then().statusCode(400).body(containsString("q: type something"));
    }

    @Test
    void certificatesStoredOutsideTheUploadPathAreIndexedByTheBackfillOnce() {
        String sha = caseFiles.storeCertificate(TestPki.certificate().subject("CN=backfill.search7.example").dnsNames("backfill.search7.example").der());
        assertEquals(List.of(), certificatesFound("backfill.search7.example"));
        assertTrue(index.backfill() >= 1);
        assertEquals(List.of(sha), certificatesFound("backfill.search7.example"));
        assertEquals(0, index.backfill());
        assertEquals(List.of(sha), certificatesFound("backfill.search7.example"));
    }

    @Test
    void theSearchPageListsGroupsWithWhyEachMatched() {
        String sha = upload(TestPki.certificate().subject("CN=page.search8.example").dnsNames("page.search8.example").der()).get(0);
        Document home = Jsoup.parse(given().get("/").then().statusCode(200).extract().asString());
        assertEquals("/search", home.select("header form.site-search").attr("action"));
        assertEquals(1, home.select("header form.site-search input[name=q]").size());

        Document page = Jsoup.parse(given().queryParam("q", "page.search8.example").get("/search").then().statusCode(200).extract().asString());
        assertEquals(1, page.select("#search-certificates a[href=/certificates/" + sha + "]").size());
        assertTrue(page.select("#search-certificates .matched").text().contains("DNS name page.search8.example"));
        assertTrue(page.select("#search-understood").text().contains("a DNS name"));

        given().get("/search").then().statusCode(200).body(containsString("id=\"search-page-q\""));
        given().queryParam("q", "nothing-matches-this-zz9").get("/search").then().statusCode(200).body(containsString("Nothing found."));
        given().queryParam("q", "page.search8.example").get("/api/search").then().statusCode(200)
                .body("certificates", hasSize(1)).body("understood", hasItem(containsString("DNS name")))
                .body("cas", hasSize(0)).body("statements", hasSize(0)).body("reports", hasSize(0));
    }
}
