package org.casebook.seed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.casebook.ca.CertificationAuthority;
import org.casebook.evidence.CaCertificateRole;
import org.casebook.evidence.StoredCertificate;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The seeded WoSign case holds every section of Mozilla's page with the facts the page gives. */
@QuarkusTest
class SeedCompletenessTests {

    /** The page's sections in its order, with their letters and old names. */
    private static final Map<String, List<String>> LETTERS_AND_ALIASES = new LinkedHashMap<>();

    static {
        LETTERS_AND_ALIASES.put("D", List.of("Issue -2"));
        LETTERS_AND_ALIASES.put("F", List.of());
        LETTERS_AND_ALIASES.put("H", List.of("Issue X"));
        LETTERS_AND_ALIASES.put("J", List.of("Issue -1"));
        LETTERS_AND_ALIASES.put("L", List.of("Issue 0"));
        LETTERS_AND_ALIASES.put("N", List.of("Issue 1"));
        LETTERS_AND_ALIASES.put("P", List.of());
        LETTERS_AND_ALIASES.put("Q", List.of());
        LETTERS_AND_ALIASES.put("R", List.of());
        LETTERS_AND_ALIASES.put("S", List.of());
        LETTERS_AND_ALIASES.put("T", List.of());
        LETTERS_AND_ALIASES.put("V", List.of("Issue 2"));
        LETTERS_AND_ALIASES.put("W", List.of());
    }

    private static JsonPath issue(String letter) {
        return given().get("/api/cas/wosign/issues/" + letter).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void threeCasWithTheirJurisdictions() {
        given().get("/api/cas/wosign").then().statusCode(200)
                .body("name", equalTo("WoSign CA Limited")).body("country", equalTo("CN")).body("timeZone", equalTo("Asia/Shanghai"))
                .body("issueCount", equalTo(13));
        given().get("/api/cas/startcom").then().statusCode(200).body("name", equalTo("StartCom")).body("country", equalTo("IL"));
        given().get("/api/cas/certum").then().statusCode(200).body("name", containsString("Asseco")).body("country", equalTo("PL"));
    }

    @Test
    void everySectionIsAnIssueInPageOrderWithItsLetterAndAliases() {
        JsonPath issues = given().get("/api/cas/wosign/issues").then().statusCode(200).extract().jsonPath();
        assertEquals(new ArrayList<>(LETTERS_AND_ALIASES.keySet()), issues.getList("letter"));
        for (Map.Entry<String, List<String>> entry : LETTERS_AND_ALIASES.entrySet()) {
            assertEquals(entry.getValue(), issues.getList("find { it.letter == '" + entry.getKey() + "' }.aliases"), entry.getKey());
        }
        // Every issue has a text and an assessment; none is a placeholder.
        for (String letter : LETTERS_AND_ALIASES.keySet()) {
            JsonPath issue = issue(letter);
            assertTrue(issue.getString("body").length() > 300, letter + " body");
            assertTrue(issue.getString("assessment").length() > 100, letter + " assessment");
            assertFalse(issue.getString("title").isBlank());
        }
    }

    @Test
    void countsAndPeriodsFromThePage() {
        Map<String, Integer> counts = Map.of("D", 1132, "F", 16, "H", 392, "L", 72, "N", 33, "Q", 2, "S", 67, "T", 1, "V", 2);
        JsonPath issues = given().get("/api/cas/wosign/issues").then().extract().jsonPath();
        counts.forEach((letter, count) ->
                assertEquals(count, issues.getInt("find { it.letter == '" + letter + "' }.affectedCertificates"), letter));
        assertTrue(issues.getBoolean("find { it.letter == 'S' }.affectedApproximate"), "S: 'probably 67'");
        assertFalse(issues.getBoolean("find { it.letter == 'D' }.affectedApproximate"));
        assertEquals(List.of("2015-01-16", "2015-03-05"), period(issues, "D"));
        assertEquals(List.of("2015-04-09", "2015-04-14"), period(issues, "H"));
        assertEquals(List.of("2015-01-10", "2015-04-23"), period(issues, "L"));
        assertEquals(List.of("2015-06", "2015-08-10"), period(issues, "N"));
        assertEquals(List.of("2015-11-01", "2016-09-19"), period(issues, "R"));
        assertEquals("2015-04-03", issues.getString("find { it.letter == 'J' }.periodStart"));

        assertTrue(issue("D").getString("body").contains("**1,132**"));
        assertTrue(issue("F").getString("body").contains("37 seconds"));
        String n = issue("N").getString("body");
        assertTrue(n.contains("**33**") && n.contains("**21** under N1") && n.contains("**12** under N2"), n);
        String w = issue("W").getString("body");
        assertTrue(w.contains("9.7.3-8.P3.el6") && w.contains("9.8.2-0.47.rc1.el6") && w.contains("**19**"), w);
    }

    @Test
    void backdatingIssueHasTheTemplateFactsWoSignsCountAndSctTables() {
        JsonPath s = issue("S");
        String body = s.getString("body");
        for (String fact : List.of("**939**", "2016-12-29T16:00:00Z", "**13** on a Saturday", "**66** on a Sunday",
                "**4** are on 2015-09-06", "**62** are all on 2015-12-20", "**64**", "**6**", "**9**", "**2**", "**47**",
                "12 May 2015")) {
            assertTrue(body.contains(fact), "S lacks " + fact);
        }
        Document page = Jsoup.parse(given().get("/cas/wosign/issues/S").then().statusCode(200).extract().asString());
        List<Element> tables = page.select("table:has(th:contains(Embedded SCT))");
        assertEquals(2, tables.size());
        assertEquals(3, tables.get(0).select("tbody tr").size());
        assertEquals(3, tables.get(1).select("tbody tr").size());
        assertTrue(tables.get(0).text().contains("2016-01-18 05:33:21"));
        assertTrue(tables.get(1).text().contains("2015-12-31 10:24:34"));
        assertEquals(1, s.getInt("credits.size()"));
        assertTrue(s.getString("credits[0].person").contains("Thijs Alkemade"));
    }

    @Test
    void issueVLinkInIssueSResolves() {
        Document page = Jsoup.parse(given().get("/cas/wosign/issues/S").then().extract().asString());
        Element link = page.selectFirst("a[href=/cas/wosign/issues/V]:contains(Issue V)");
        assertNotNull(link, "S links Issue V");
        String v = given().get(link.attr("href")).then().statusCode(200).extract().asString();
        assertTrue(Jsoup.parse(v).select("h1").text().contains("StartEncrypt"));
    }

    @Test
    void everyLinkBetweenCasePagesResolves() {
        TreeSet<String> targets = new TreeSet<>();
        for (String slug : List.of("wosign", "startcom", "certum")) {
            collectSiteLinks("/cas/" + slug, targets);
        }
        for (String letter : LETTERS_AND_ALIASES.keySet()) {
            collectSiteLinks("/cas/wosign/issues/" + letter, targets);
        }
        assertTrue(targets.contains("/cas/wosign/issues/R") && targets.contains("/cas/startcom"), targets.toString());
        for (String target : targets) {
            given().redirects().follow(false).get(target).then().statusCode(200);
        }
    }

    private static void collectSiteLinks(String path, TreeSet<String> into) {
        Document page = Jsoup.parse(given().get(path).then().statusCode(200).extract().asString());
        for (Element a : page.select("main a[href^=/cas/], main a[href^=/certificates/]")) {
            into.add(a.attr("href"));
        }
    }

    @Test
    void statementsCarryTheirDatesAndSpeakers() {
        JsonPath l = issue("L");
        assertEquals(List.of("2016-08-25", "2016-08-25", "2016-09-04"), l.getList("statements.findAll { it.statedOn != null }.statedOn"));
        assertTrue(l.getString("statements.find { it.statedOn == '2016-09-04' }.text").contains("official issue report"));
        assertTrue(l.getList("statements.speaker").contains("Richard Wang (WoSign)"));
        assertEquals("quotation", l.getString("statements[0].kind"));
        JsonPath n = issue("N");
        assertEquals(List.of("2016-08-25", "2016-09-04"), n.getList("statements.findAll { it.statedOn != null }.statedOn"));
        JsonPath r = issue("R");
        assertTrue(r.getString("statements.find { it.statedOn == '2016-09-19' }.text").contains("made an equity investment"));
        assertEquals("2016-09-04", issue("V").getString("statements[0].statedOn"));
        for (String letter : LETTERS_AND_ALIASES.keySet()) {
            assertFalse(issue(letter).getList("statements").isEmpty(), letter + " has no CA statement");
        }
    }

    @Test
    void creditsAsThePageGivesThem() {
        assertEquals(List.of("Stephen Schrauger"), issue("N").getList("credits.person"));
        assertEquals(List.of("Kurt Roeckx", "Rob Stradling"), issue("P").getList("credits.person"));
        assertEquals(List.of("Paul Pearce"), issue("W").getList("credits.person"));
        assertEquals(List.of("Google"), issue("J").getList("credits.person"));
    }

    @Test
    void categoriesStatusAndFlags() {
        JsonPath d = issue("D");
        assertEquals("no-violation", d.getString("category"));
        assertEquals("not-a-violation", d.getString("status"));
        assertTrue(d.getString("assessment").contains("Not a Baseline Requirements violation"));
        assertEquals("no-violation", issue("T").getString("category"));
        assertEquals("policy-violation", issue("R").getString("category"));
        assertEquals("operational-security", issue("W").getString("category"));
        for (String letter : List.of("F", "H", "P")) {
            assertEquals("rfc-violation", issue(letter).getString("category"), letter);
        }
        for (String letter : List.of("J", "L", "N", "Q", "S", "V")) {
            assertEquals("br-violation", issue(letter).getString("category"), letter);
        }
        List<String> covered = new ArrayList<>();
        List<String> disclosed = new ArrayList<>();
        for (String letter : LETTERS_AND_ALIASES.keySet()) {
            JsonPath issue = issue(letter);
            if (issue.getBoolean("coveredInIncidentReport")) {
                covered.add(letter);
            }
            if (issue.getBoolean("disclosedInAudit")) {
                disclosed.add(letter);
            }
        }
        assertEquals(List.of("D", "F", "H", "J", "L", "N", "Q", "S", "T", "V", "W"), covered);
        assertEquals(List.of("D", "H"), disclosed);
        assertTrue(issue("L").getList("references.kind").contains("certificate-list"));
        assertTrue(issue("S").getList("references.url").contains("https://wiki.mozilla.org/CA:Problematic_Practices"));
    }

    @Test
    void startComOwnershipChange() {
        given().get("/api/cas/startcom").then().statusCode(200)
                .body("ownership.size()", equalTo(1))
                .body("ownership[0].newOwnerCa", equalTo("wosign"))
                .body("ownership[0].share", equalTo("100%"))
                .body("ownership[0].effectiveOn", equalTo("2015-11-01"))
                .body("ownership[0].disclosedOn", equalTo("2016-09-19"))
                .body("ownership[0].disclosedAs", equalTo("equity investment"));
        Document page = Jsoup.parse(given().get("/cas/wosign").then().extract().asString());
        assertTrue(page.select("#ownership + table").text().contains("100%"));
    }

    @Test
    void auditByErnstAndYoungWithDisclosedAndMissedIssues() {
        given().get("/api/cas/wosign/audits").then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].auditor", equalTo("Ernst & Young (Hong Kong)"))
                .body("[0].standard", containsString("SSL Baseline with Network Security, Version 2.0"))
                .body("[0].periodStart", nullValue())
                .body("[0].opinion", equalTo("unknown"))
                .body("[0].disclosedIssues", contains("D", "H"))
                .body("[0].missedIssues", contains("J", "L", "N", "W"));
    }

    @Test
    void fourCrossSignsWithExpiryAndRevocation() {
        JsonPath x = given().get("/api/cas/wosign/cross-signs").then().statusCode(200).extract().jsonPath();
        assertEquals(4, x.getInt("size()"));
        assertEquals(List.of("2019-12-31T23:59:59Z", "2019-12-31T23:59:59Z", "2020-11-02T01:01:59Z", "2020-11-02T01:59:59Z"),
                x.getList("notAfter"));
        assertEquals(List.of("StartCom", "StartCom", "Asseco Data Systems S.A.", "Asseco Data Systems S.A."), x.getList("sourceOwner"));
        assertEquals(java.util.Arrays.asList(null, null, "2016-11-29", "2016-11-29"), x.getList("revokedAt"));
        assertEquals("according to Asseco", x.getString("[3].revocationSource"));
        assertEquals(List.of("/C=CN/O=WoSign CA Limited/CN=Certification Authority of WoSign G2",
                "/C=PL/O=Unizeto Sp. z o.o./CN=Certum CA"), List.of(x.getString("[2].target"), x.getString("[2].source")));
        assertTrue(x.getList("target").contains("/C=CN/O=WoSign CA Limited/CN=CA 沃通根证书"));
        // The Certum rows each match one cross-certificate on file; the StartCom rows match two each.
        assertEquals("7bda50131ea7e55c8fdda63563d12314a7159d5621333ba8bcdad0b8a3a50e6c", x.getString("[2].certificateSha256"));
        assertEquals("00BC726666FF58BFF002E5223CAE682BF8", x.getString("[2].serial"));
        assertEquals("1092c43d57bcda0af70291e37fdde88b02de83e3f4013272d4ca2ae3c7498fe4", x.getString("[3].certificateSha256"));
        assertEquals(null, x.getString("[0].certificateSha256"));
        assertTrue(x.getString("[0].comment").contains("two cross-certificates") || x.getString("[0].comment").contains("Two cross-certificates"));
    }

    @Test
    @TestTransaction
    void realCaCertificatesAreStoredWithTheirCaAndRole() {
        CertificationAuthority wosign = CertificationAuthority.findBySlug("wosign").orElseThrow();
        CertificationAuthority startcom = CertificationAuthority.findBySlug("startcom").orElseThrow();
        CertificationAuthority certum = CertificationAuthority.findBySlug("certum").orElseThrow();
        assertEquals(4, StoredCertificate.count("ca = ?1 and caRole = ?2", wosign, CaCertificateRole.ROOT));
        assertEquals(5, StoredCertificate.count("ca = ?1 and caRole = ?2", wosign, CaCertificateRole.INTERMEDIATE));
        assertEquals(7, StoredCertificate.count("ca = ?1 and caRole = ?2", wosign, CaCertificateRole.CROSS_CERTIFICATE));
        assertEquals(3, StoredCertificate.count("ca = ?1 and caRole = ?2", startcom, CaCertificateRole.ROOT));
        assertEquals(1, StoredCertificate.count("ca = ?1 and caRole = ?2", startcom, CaCertificateRole.INTERMEDIATE));
        assertEquals(2, StoredCertificate.count("ca = ?1 and caRole = ?2", certum, CaCertificateRole.ROOT));
        StoredCertificate g2 = StoredCertificate.findBySha256("d487a56f83b07482e85e963394c1ecc2c9e51d0903ee946b02c301581ed99e16").orElseThrow();
        assertEquals("/C=CN/O=WoSign CA Limited/CN=Certification Authority of WoSign G2", g2.subject);
        assertEquals("6B25DA8A889D7CBC0F05B3B17A614544", g2.serialHex);
        assertTrue(g2.caCertificate);
        assertEquals("seed", g2.storedBy);
        Document page = Jsoup.parse(given().get("/cas/wosign").then().extract().asString());
        assertEquals(16, page.select("#certificates + table tbody tr").size());
        given().get("/certificates/" + g2.sha256).then().statusCode(200).body(containsString("Certification Authority of WoSign G2"));
    }

    @Test
    void wholeCaExportParsesWithEveryIssueAndTheSctTables() {
        String md = given().get("/cas/wosign.md").then().statusCode(200).contentType("text/markdown; charset=UTF-8").extract().asString();
        Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
        Node document = parser.parse(md);
        List<String> issueHeadings = new ArrayList<>();
        List<Integer> tables = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                if (heading.getLevel() == 2 && text(heading).startsWith("Issue ")) {
                    issueHeadings.add(text(heading));
                }
            }

            @Override
            public void visit(CustomBlock block) {
                if (block instanceof TableBlock) {
                    tables.add(1);
                }
                visitChildren(block);
            }
        });
        List<String> titles = given().get("/api/cas/wosign/issues").then().extract().path("title");
        List<String> expected = new ArrayList<>();
        List<String> letters = new ArrayList<>(LETTERS_AND_ALIASES.keySet());
        for (int i = 0; i < letters.size(); i++) {
            expected.add("Issue " + letters.get(i) + ": " + titles.get(i));
        }
        assertEquals(expected, issueHeadings);
        // Issues, audits, cross-signs, per-issue fact tables and the two SCT tables all survive as tables.
        assertTrue(tables.size() >= 5, "tables: " + tables.size());
        assertTrue(md.contains("2016-01-18 05:33:21"), "S's SCT table is in the export");
    }

    private static String text(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }
        });
        return out.toString();
    }

    private static List<String> period(JsonPath issues, String letter) {
        return List.of(issues.getString("find { it.letter == '" + letter + "' }.periodStart"),
                issues.getString("find { it.letter == '" + letter + "' }.periodEnd"));
    }
}
