package org.casebook.crosssign;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import org.casebook.analysis.CertificateView;
import org.casebook.evidence.corpus.CorpusTestStore;
import org.casebook.testpki.TestPki;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** n_cross_signature between two CAs' certificates becomes a proposed cross-sign on the case page. */
@QuarkusTest
class CrossSignProposalTests {

    private static final String ADMIN_PASSWORD = "test-admin-password";

    @Inject
    CorpusTestStore store;

    /** A root of {@code slug} on file as its own certificate, and the same subject and key signed by another organisation's root. */
    private CertificateView crossSignedRoot(String slug, String organisation) {
        store.ca(slug, organisation, "CN", "Asia/Shanghai");
        String rootName = "C=CN,O=" + organisation + ",CN=" + organisation + " Root";
        CertificateView root = TestPki.certificate().selfSignedRoot(rootName).subjectKey(TestPki.ecP256Key())
                .validity("2009-08-08T01:00:01Z", "2039-08-08T01:00:01Z").view();
        CertificateView cross = TestPki.certificate().ca().subject(rootName).subjectKey(TestPki.ecP256Key())
                .issuer("C=IL,O=Other Signing Org " + slug + ",CN=Other Root " + slug).serial("1D06")
                .validity("2012-11-21T00:00:00Z", "2019-11-21T00:00:00Z").view();
        store.storeForCa(root, slug);
        store.store(cross);
        return cross;
    }

    @Test
    void crossSignedRootIsProposedAndAManagerRecordsItOverTheApi() {
        CertificateView cross = crossSignedRoot("xs-api", "Proposal Api Test");

        List<String> proposed = given().get("/api/cas/xs-api/cross-signs/proposals").then().statusCode(200)
                .extract().jsonPath().getList("certificateSha256");
        assertEquals(List.of(cross.sha256Hex()), proposed);
        assertEquals("Other Signing Org xs-api", given().get("/api/cas/xs-api/cross-signs/proposals").jsonPath().getString("[0].sourceOwner"));

        given().contentType("application/json").body("{}").post("/api/cas/xs-api/cross-signs/proposals/" + cross.sha256Hex())
                .then().statusCode(401);
        given().auth().preemptive().basic("admin", ADMIN_PASSWORD).contentType("application/json")
                .body("{\"comment\":\"Disclosed in CCADB in 2016\"}")
                .post("/api/cas/xs-api/cross-signs/proposals/" + cross.sha256Hex()).then().statusCode(201);

        Response crossSigns = given().get("/api/cas/xs-api/cross-signs");
        assertEquals(cross.sha256Hex(), crossSigns.jsonPath().getString("[0].certificateSha256"));
        assertEquals("1D06", crossSigns.jsonPath().getString("[0].serial"));
        assertEquals("Disclosed in CCADB in 2016", crossSigns.jsonPath().getString("[0].comment"));
        assertTrue(given().get("/api/cas/xs-api/cross-signs/proposals").jsonPath().getList("$").isEmpty(), "accepted: no longer proposed");
        given().auth().preemptive().basic("admin", ADMIN_PASSWORD).contentType("application/json").body("{}")
                .post("/api/cas/xs-api/cross-signs/proposals/" + cross.sha256Hex()).then().statusCode(404)
                .body("error", org.hamcrest.Matchers.equalTo("not found"));
    }

    @Test
    void casePageShowsTheProposalAndTheFormOnlyToManagers() {
        CertificateView cross = crossSignedRoot("xs-page", "Proposal Page Test");

        Document anonymous = Jsoup.parse(given().get("/cas/xs-page").then().statusCode(200).extract().asString());
        Element table = anonymous.selectFirst("table.proposed-cross-signs");
        assertTrue(table != null && table.text().contains("Other Root xs-page"), anonymous.select("#cross-signs ~ *").text());
        assertTrue(anonymous.select("table.proposed-cross-signs form").isEmpty());

        Response page = given().auth().preemptive().basic("admin", ADMIN_PASSWORD).get("/cas/xs-page");
        Document managerView = Jsoup.parse(page.asString());
        Element form = managerView.selectFirst("table.proposed-cross-signs form");
        assertTrue(form != null, managerView.select("table.proposed-cross-signs").outerHtml());
        String action = form.attr("action");
        assertEquals("/cas/xs-page/cross-signs/proposals/" + cross.sha256Hex() + "/accept", action);
        Element token = form.selectFirst("input[type=hidden]");

        // Without the CSRF token the post is refused and nothing is recorded.
        int refused = given().auth().preemptive().basic("admin", ADMIN_PASSWORD).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParam("x", "y").post(action).statusCode();
        assertTrue(refused >= 400, "status " + refused);
        assertTrue(given().get("/api/cas/xs-page/cross-signs").jsonPath().getList("$").isEmpty());

        given().auth().preemptive().basic("admin", ADMIN_PASSWORD).redirects().follow(false)
                .cookies(page.getCookies()).formParam(token.attr("name"), token.attr("value"))
                .post(action).then().statusCode(303);
        assertEquals(1, given().get("/api/cas/xs-page/cross-signs").jsonPath().getList("$").size());
        Document after = Jsoup.parse(given().get("/cas/xs-page").asString());
        assertTrue(after.select("table.proposed-cross-signs").isEmpty());
    }

    @Test
    void seededWoSignCrossSignsWithoutCertificatesAreProposedWithTheCandidates() {
        io.restassured.path.json.JsonPath proposals = given().get("/api/cas/wosign/cross-signs/proposals").then().statusCode(200)
                .extract().jsonPath();
        List<String> serials = proposals.getList("serialHex");
        // Mozilla's page names the StartCom cross-signs without serials; the certificates on file are offered.
        assertTrue(serials.containsAll(List.of("1D06194E5AF8A17F343323FE1C836A4A", "19C28530E93B36", "1FCEA7F6A97FE9")), serials.toString());
        assertTrue(proposals.getList("unlinkedRecord").contains(true));
        // The Certum cross-signs are recorded with their certificates: not proposed again.
        assertTrue(!serials.contains("7BBC12A55C668004B9FE2A0B8B688120"), serials.toString());
    }

    @Test
    void aCasOwnIntermediateIsNotACrossSign() {
        store.ca("xs-own", "Own Hierarchy Test", "CN", "Asia/Shanghai");
        String rootName = "C=CN,O=Own Hierarchy Test,CN=Own Root";
        String subName = "C=CN,O=Own Hierarchy Test,CN=Own Sub CA";
        CertificateView root = TestPki.certificate().selfSignedRoot(rootName).view();
        CertificateView sub = TestPki.certificate().ca().subject(subName).subjectKey(TestPki.ecP256Key()).issuer(rootName).view();
        CertificateView reissuedSelfSigned = TestPki.certificate().selfSignedRoot(subName).subjectKey(TestPki.ecP256Key()).view();
        store.storeForCa(root, "xs-own");
        store.storeForCa(sub, "xs-own");
        store.store(reissuedSelfSigned);
        assertTrue(given().get("/api/cas/xs-own/cross-signs/proposals").jsonPath().getList("$").isEmpty());
    }
}
