package org.casebook.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.casebook.evidence.EvidenceLink;
import org.casebook.support.FormSession;
import org.casebook.support.TestCaseFiles;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint, page and form, by every role, with the answer it must give. The routes are read from the
 * JAX-RS resource classes by reflection: a new endpoint without a row in {@link #RULES} fails this test.
 *
 * <p>How a request is made: GETs use real objects (CA {@code matrixca}, issue H with its statement,
 * reference, credit, comment, evidence certificate; an audit, a cross-sign, an ownership event). Writes
 * (POST, PUT, PATCH, DELETE) point their last path parameter at something that does not exist, or send
 * an empty body when the path has none: a role that is let through then gets 404 or 400, never a change,
 * so the matrix can run in any order. {@code /api/**} is called with HTTP Basic, pages and forms with a
 * signed-in form session and the CSRF token. Anonymous form posts carry no token (anonymous pages have no
 * forms to take one from).
 */
@QuarkusTest
class RoleMatrixTests {

    // Answers by role: anonymous, reviewer, manager, admin.
    private static final int[] PUBLIC = {200, 200, 200, 200};
    private static final int[] MANAGER_PAGE = {302, 403, 200, 200};
    private static final int[] ADMIN_PAGE = {302, 403, 403, 200};
    /** A manager's form aimed at something missing: refused, forbidden, then 404 once through the door. */
    private static final int[] MANAGER_FORM = {302, 403, 404, 404};
    private static final int[] REVIEWER_FORM = {302, 404, 404, 404};
    private static final int[] ADMIN_FORM = {302, 403, 403, 404};
    private static final int[] MANAGER_API_MISSING = {401, 403, 404, 404};
    private static final int[] MANAGER_API_INVALID = {401, 403, 400, 400};
    private static final int[] REVIEWER_API_MISSING = {401, 404, 404, 404};
    private static final int[] ADMIN_API_MISSING = {401, 403, 403, 404};

    /** The table: one row per route ("METHOD /template"). Other features add their rows here. */
    static final Map<String, Rule> RULES = new LinkedHashMap<>();

    static {
        // Reading: pages and exports.
        rule("GET /", PUBLIC);
        rule("GET /login", PUBLIC);
        rule("GET /cas/{ca}", PUBLIC);
        rule("GET /cas/{ca}.md", PUBLIC);
        rule("GET /cas/{ca}/history", PUBLIC);
        rule("GET /cas/{ca}/issues/{letter}", PUBLIC);
        rule("GET /cas/{ca}/issues/{letter}.md", PUBLIC);
        rule("GET /cas/{ca}/issues/{letter}/history", PUBLIC);
        rule("GET /certificates/{sha256}", PUBLIC);
        rule("GET /certificates/{sha256}.pem", PUBLIC);
        // Search (issue 15): the page without q is an empty form; the API needs q.
        rule("GET /search", PUBLIC);
        rule("GET /api/search", new int[] {400, 400, 400, 400});
        // Reading: JSON.
        rule("GET /api/cas", PUBLIC);
        rule("GET /api/cas/{ca}", PUBLIC);
        rule("GET /api/cas/{ca}/issues", PUBLIC);
        rule("GET /api/cas/{ca}/issues/{letter}", PUBLIC);
        rule("GET /api/cas/{ca}/issues/{letter}/history", PUBLIC);
        rule("GET /api/cas/{ca}/issues/{letter}/comments", PUBLIC);
        rule("GET /api/cas/{ca}/audits", PUBLIC);
        rule("GET /api/cas/{ca}/audits/{id}", PUBLIC);
        rule("GET /api/cas/{ca}/cross-signs", PUBLIC);
        rule("GET /api/cas/{ca}/cross-signs/{id}", PUBLIC);
        rule("GET /api/cas/{ca}/history", PUBLIC);
        rule("GET /api/cas/{ca}/deleted-issues", PUBLIC);
        rule("GET /api/cas/{ca}/cross-signs/proposals", PUBLIC);
        rule("GET /api/certificates/{sha256}", PUBLIC);
        rule("GET /api/lints", PUBLIC);
        // Revocation (issue 16): the fixture's sha256 is a certificate's, which no CRL or OCSP response has: 404 for everyone.
        rule("GET /crls/{sha256}", new int[] {404, 404, 404, 404});
        rule("GET /ocsp-responses/{sha256}", new int[] {404, 404, 404, 404});
        rule("GET /api/crls/{sha256}", new int[] {404, 404, 404, 404});
        rule("GET /api/ocsp-responses/{sha256}", new int[] {404, 404, 404, 404});
        rule("GET /api/cas/{ca}/issues/{letter}/revocation-clock", PUBLIC);
        // A case file as one document, readable like the case page (issue 17.3).
        rule("GET /api/cas/{ca}/export", PUBLIC);
        // Finding and seeing (issue 15): charts at their own URLs and the corpus report, readable like the case page.
        rule("GET /cas/{ca}/charts/timeline.svg", PUBLIC);
        rule("GET /cas/{ca}/issues/{letter}/charts/{chart}.svg", PUBLIC);
        rule("GET /cas/{ca}/corpus", PUBLIC);
        rule("GET /cas/{ca}/corpus.md", PUBLIC);
        rule("GET /cas/{ca}/corpus/certificates", PUBLIC);
        rule("GET /cas/{ca}/corpus/charts/{chart}.svg", PUBLIC);
        rule("GET /api/cas/{ca}/corpus", PUBLIC);
        // Bulk corpus import (issue 15): reviewers and above start one and watch its job.
        rule("POST /api/cas/{ca}/corpus", REVIEWER_API_MISSING);
        rule("GET /api/jobs/{id}", new int[] {401, 200, 200, 200});
        rule("GET /jobs/{id}", new int[] {302, 200, 200, 200});
        rule("POST /api/jobs/{id}/cancel", REVIEWER_API_MISSING);
        rule("POST /jobs/{id}/cancel", REVIEWER_FORM);
        rule("GET /cas/{ca}/corpus/import", new int[] {302, 200, 200, 200});
        rule("POST /cas/{ca}/corpus/import", REVIEWER_FORM).multipart = true;
        // Linting stores nothing and is open to anyone; "{}" is not a certificate.
        rule("POST /api/lint", new int[] {400, 400, 400, 400});
        // Managers' pages and forms.
        rule("GET /cas/new", MANAGER_PAGE);
        rule("POST /cas/new", new int[] {302, 403, 400, 400});
        rule("GET /cas/{ca}/edit", MANAGER_PAGE);
        rule("POST /cas/{ca}/edit", MANAGER_FORM);
        rule("GET /cas/{ca}/ownership/new", MANAGER_PAGE);
        rule("POST /cas/{ca}/ownership/new", MANAGER_FORM);
        rule("GET /cas/{ca}/ownership/{id}/edit", MANAGER_PAGE);
        rule("POST /cas/{ca}/ownership/{id}/edit", MANAGER_FORM);
        rule("POST /cas/{ca}/ownership/{id}/delete", MANAGER_FORM);
        rule("GET /cas/{ca}/audits/new", MANAGER_PAGE);
        rule("POST /cas/{ca}/audits/new", MANAGER_FORM);
        rule("GET /cas/{ca}/audits/{id}/edit", MANAGER_PAGE);
        rule("POST /cas/{ca}/audits/{id}/edit", MANAGER_FORM);
        rule("POST /cas/{ca}/audits/{id}/delete", MANAGER_FORM);
        rule("GET /cas/{ca}/cross-signs/new", MANAGER_PAGE);
        rule("POST /cas/{ca}/cross-signs/new", MANAGER_FORM);
        rule("GET /cas/{ca}/cross-signs/{id}/edit", MANAGER_PAGE);
        rule("POST /cas/{ca}/cross-signs/{id}/edit", MANAGER_FORM);
        rule("POST /cas/{ca}/cross-signs/{id}/delete", MANAGER_FORM);
        rule("POST /cas/{ca}/cross-signs/proposals/{sha256}/accept", MANAGER_FORM);
        rule("POST /cas/{ca}/deleted-issues/{letter}/restore", MANAGER_FORM);
        rule("GET /cas/{ca}/issues/new", MANAGER_PAGE);
        rule("POST /cas/{ca}/issues/new", MANAGER_FORM);
        rule("GET /cas/{ca}/issues/{letter}/edit", MANAGER_PAGE);
        rule("POST /cas/{ca}/issues/{letter}/edit", MANAGER_FORM);
        rule("POST /cas/{ca}/issues/{letter}/delete", MANAGER_FORM);
        for (String part : List.of("statements", "references", "credits")) {
            rule("GET /cas/{ca}/issues/{letter}/" + part + "/new", MANAGER_PAGE);
            rule("POST /cas/{ca}/issues/{letter}/" + part + "/new", MANAGER_FORM);
            rule("GET /cas/{ca}/issues/{letter}/" + part + "/{id}/edit", MANAGER_PAGE);
            rule("POST /cas/{ca}/issues/{letter}/" + part + "/{id}/edit", MANAGER_FORM);
            rule("POST /cas/{ca}/issues/{letter}/" + part + "/{id}/delete", MANAGER_FORM);
        }
        rule("POST /cas/{ca}/issues/{letter}/evidence", MANAGER_FORM);
        rule("POST /cas/{ca}/issues/{letter}/revocation-clock", MANAGER_FORM);
        rule("POST /cas/{ca}/issues/{letter}/evidence/{sha256}/delete", MANAGER_FORM);
        rule("POST /cas/{ca}/corpus/evidence", MANAGER_FORM);
        // Reviewers' forms.
        rule("POST /cas/{ca}/issues/{letter}/comments", REVIEWER_FORM);
        rule("POST /cas/{ca}/issues/{letter}/comments/{id}/delete", REVIEWER_FORM);
        rule("GET /cas/{ca}/issues/{letter}/evidence/{link}/note", new int[] {302, 200, 200, 200});
        rule("POST /cas/{ca}/issues/{letter}/evidence/{link}/note", REVIEWER_FORM);
        // The upload form is multipart (a form-encoded post would only get 415 and prove nothing).
        rule("POST /cas/{ca}/issues/{letter}/evidence/upload", REVIEWER_FORM).multipart = true;
        // Admins' page and forms.
        rule("GET /users", ADMIN_PAGE);
        rule("POST /users", new int[] {302, 403, 403, 400});
        rule("POST /users/{username}/roles", ADMIN_FORM);
        rule("POST /users/{username}/delete", ADMIN_FORM);
        // Signing out: anyone signed in; an anonymous post has no CSRF token.
        rule("POST /logout", new int[] {400, 303, 303, 303}).freshSession = true;
        // Managers' API.
        rule("POST /api/cas", MANAGER_API_INVALID);
        rule("PUT /api/cas/{ca}", MANAGER_API_MISSING);
        rule("DELETE /api/cas/{ca}", MANAGER_API_MISSING);
        rule("POST /api/cas/{ca}/ownership", MANAGER_API_MISSING);
        rule("PUT /api/cas/{ca}/ownership/{id}", MANAGER_API_MISSING);
        rule("DELETE /api/cas/{ca}/ownership/{id}", MANAGER_API_MISSING);
        rule("POST /api/cas/{ca}/audits", MANAGER_API_MISSING);
        rule("PUT /api/cas/{ca}/audits/{id}", MANAGER_API_MISSING);
        rule("DELETE /api/cas/{ca}/audits/{id}", MANAGER_API_MISSING);
        rule("POST /api/cas/{ca}/cross-signs", MANAGER_API_MISSING);
        rule("PUT /api/cas/{ca}/cross-signs/{id}", MANAGER_API_MISSING);
        rule("DELETE /api/cas/{ca}/cross-signs/{id}", MANAGER_API_MISSING);
        rule("POST /api/cas/{ca}/issues", MANAGER_API_MISSING);
        rule("PUT /api/cas/{ca}/issues/{letter}", MANAGER_API_MISSING);
        rule("PATCH /api/cas/{ca}/issues/{letter}", MANAGER_API_MISSING);
        rule("DELETE /api/cas/{ca}/issues/{letter}", MANAGER_API_MISSING);
        rule("POST /api/cas/{ca}/deleted-issues/{letter}/restore", MANAGER_API_MISSING);
        rule("PUT /api/cas/{ca}/issues/{letter}/revocation-clock", MANAGER_API_MISSING);
        rule("POST /api/cas/{ca}/cross-signs/proposals/{sha256}", MANAGER_API_MISSING);
        rule("POST /api/cas/{ca}/corpus/evidence", MANAGER_API_MISSING);
        for (String part : List.of("statements", "references", "credits", "evidence")) {
            rule("POST /api/cas/{ca}/issues/{letter}/" + part, MANAGER_API_MISSING);
        }
        for (String part : List.of("statements/{id}", "references/{id}", "credits/{id}")) {
            rule("PUT /api/cas/{ca}/issues/{letter}/" + part, MANAGER_API_MISSING);
            rule("DELETE /api/cas/{ca}/issues/{letter}/" + part, MANAGER_API_MISSING);
        }
        // An evidence note: a reviewer may change the notes of evidence they filed (as on the page form), see
        // evidenceNotesFollowTheSameRuleOnPagesAndApi; unlinking is for managers.
        rule("PUT /api/cas/{ca}/issues/{letter}/evidence/{sha256}", REVIEWER_API_MISSING);
        rule("DELETE /api/cas/{ca}/issues/{letter}/evidence/{sha256}", MANAGER_API_MISSING);
        // Reviewers' API.
        rule("POST /api/cas/{ca}/issues/{letter}/comments", REVIEWER_API_MISSING);
        rule("DELETE /api/cas/{ca}/issues/{letter}/comments/{id}", REVIEWER_API_MISSING);
        // Storing certificates is for reviewers; "{}" is not a certificate.
        rule("POST /api/certificates", new int[] {401, 400, 400, 400});
        // Admins' API.
        rule("GET /api/users", new int[] {401, 403, 403, 200});
        rule("POST /api/users", new int[] {401, 403, 403, 400});
        rule("PUT /api/users/{username}/roles", ADMIN_API_MISSING);
        rule("DELETE /api/users/{username}", ADMIN_API_MISSING);
        // Operating it (issue 17): importing a case file ("{}" is not one); backups (the tests' database is in memory: 409).
        rule("POST /api/import", new int[] {401, 403, 403, 400});
        rule("POST /api/admin/backups", new int[] {401, 403, 403, 409});
        rule("GET /api/admin/backups", new int[] {401, 403, 403, 200});
        rule("GET /api/admin/backups/{name}", new int[] {401, 403, 403, 404});
        // Live incidents (issue 14): the board and the incident pages are public; managers record reports and questions.
        rule("GET /board", PUBLIC);
        rule("GET /board.md", PUBLIC);
        rule("GET /board.atom", PUBLIC);
        rule("GET /api/board", PUBLIC);
        rule("GET /api/report-lints", PUBLIC);
        rule("GET /cas/{ca}/issues/{letter}/incident", PUBLIC);
        rule("GET /api/cas/{ca}/issues/{letter}/reports", PUBLIC);
        rule("GET /api/cas/{ca}/issues/{letter}/reports/{id}", PUBLIC);
        rule("GET /api/cas/{ca}/issues/{letter}/questions", PUBLIC);
        rule("GET /api/cas/{ca}/issues/{letter}/questions/{id}", PUBLIC);
        rule("POST /api/cas/{ca}/issues/{letter}/reports", MANAGER_API_MISSING);
        rule("POST /api/cas/{ca}/issues/{letter}/questions", MANAGER_API_MISSING);
        rule("PATCH /api/cas/{ca}/issues/{letter}/questions/{id}", MANAGER_API_MISSING);
        rule("POST /cas/{ca}/issues/{letter}/questions/new", MANAGER_FORM);
        rule("POST /cas/{ca}/issues/{letter}/questions/{id}/answer", MANAGER_FORM);
        // Claims against the evidence and the commitment ledger (issue 14, items 4 and 5): read by anyone, set by managers.
        rule("GET /cas/{ca}/commitments", PUBLIC);
        rule("GET /api/cas/{ca}/commitments", PUBLIC);
        rule("GET /api/cas/{ca}/issues/{letter}/claim", PUBLIC);
        rule("PUT /api/cas/{ca}/issues/{letter}/claim", MANAGER_API_MISSING);
        rule("PUT /api/cas/{ca}/issues/{letter}/statements/{id}/commitment", MANAGER_API_MISSING);
        rule("DELETE /api/cas/{ca}/issues/{letter}/statements/{id}/commitment", MANAGER_API_MISSING);
        // CCADB reports (issue 20): CSV only, so the matrix's JSON body is 415 for an admin; the page's form without a file is a 400.
        rule("POST /api/ccadb/all-certificate-records", new int[] {401, 403, 403, 415});
        rule("POST /api/ccadb/included-roots", new int[] {401, 403, 403, 415});
        rule("GET /ccadb", ADMIN_PAGE);
        rule("POST /ccadb", new int[] {302, 403, 403, 400}).multipart = true;
    }

    /**
     * Every form a page posts to, with the API route that makes the same change: the two must let the same roles
     * through. A form with no API twin says why. Together with {@link #everyRoleGetsTheExpectedAnswerEverywhere}, which
     * checks each row against the running application, pages and API follow one role matrix.
     */
    static final Map<String, String> FORM_TWINS = new LinkedHashMap<>();

    static {
        twin("POST /cas/new", "POST /api/cas");
        twin("POST /cas/{ca}/edit", "PUT /api/cas/{ca}");
        for (String part : List.of("ownership", "audits", "cross-signs")) {
            twin("POST /cas/{ca}/" + part + "/new", "POST /api/cas/{ca}/" + part);
            twin("POST /cas/{ca}/" + part + "/{id}/edit", "PUT /api/cas/{ca}/" + part + "/{id}");
            twin("POST /cas/{ca}/" + part + "/{id}/delete", "DELETE /api/cas/{ca}/" + part + "/{id}");
        }
        twin("POST /cas/{ca}/cross-signs/proposals/{sha256}/accept", "POST /api/cas/{ca}/cross-signs/proposals/{sha256}");
        twin("POST /cas/{ca}/deleted-issues/{letter}/restore", "POST /api/cas/{ca}/deleted-issues/{letter}/restore");
        twin("POST /cas/{ca}/issues/new", "POST /api/cas/{ca}/issues");
        twin("POST /cas/{ca}/issues/{letter}/edit", "PUT /api/cas/{ca}/issues/{letter}");
        twin("POST /cas/{ca}/issues/{letter}/delete", "DELETE /api/cas/{ca}/issues/{letter}");
        for (String part : List.of("statements", "references", "credits")) {
            twin("POST /cas/{ca}/issues/{letter}/" + part + "/new", "POST /api/cas/{ca}/issues/{letter}/" + part);
            twin("POST /cas/{ca}/issues/{letter}/" + part + "/{id}/edit", "PUT /api/cas/{ca}/issues/{letter}/" + part + "/{id}");
            twin("POST /cas/{ca}/issues/{letter}/" + part + "/{id}/delete", "DELETE /api/cas/{ca}/issues/{letter}/" + part + "/{id}");
        }
        twin("POST /cas/{ca}/issues/{letter}/evidence", "POST /api/cas/{ca}/issues/{letter}/evidence");
        twin("POST /cas/{ca}/corpus/evidence", "POST /api/cas/{ca}/corpus/evidence");
        twin("POST /cas/{ca}/issues/{letter}/revocation-clock", "PUT /api/cas/{ca}/issues/{letter}/revocation-clock");
        twin("POST /cas/{ca}/issues/{letter}/evidence/{sha256}/delete", "DELETE /api/cas/{ca}/issues/{letter}/evidence/{sha256}");
        twin("POST /cas/{ca}/issues/{letter}/evidence/{link}/note", "PUT /api/cas/{ca}/issues/{letter}/evidence/{sha256}");
        twin("POST /cas/{ca}/issues/{letter}/evidence/upload", "POST /api/certificates");
        twin("POST /cas/{ca}/issues/{letter}/comments", "POST /api/cas/{ca}/issues/{letter}/comments");
        twin("POST /cas/{ca}/issues/{letter}/comments/{id}/delete", "DELETE /api/cas/{ca}/issues/{letter}/comments/{id}");
        twin("POST /users", "POST /api/users");
        twin("POST /users/{username}/roles", "PUT /api/users/{username}/roles");
        twin("POST /users/{username}/delete", "DELETE /api/users/{username}");
        twin("POST /cas/{ca}/issues/{letter}/questions/new", "POST /api/cas/{ca}/issues/{letter}/questions");
        twin("POST /cas/{ca}/issues/{letter}/questions/{id}/answer", "PATCH /api/cas/{ca}/issues/{letter}/questions/{id}");
        twin("POST /ccadb", "POST /api/ccadb/all-certificate-records");
        twin("POST /cas/{ca}/corpus/import", "POST /api/cas/{ca}/corpus");
        twin("POST /jobs/{id}/cancel", "POST /api/jobs/{id}/cancel");
        FORM_TWINS.put("POST /logout", "page only: the API keeps no session to end");
    }

    private static void twin(String form, String api) {
        if (FORM_TWINS.put(form, api) != null) {
            throw new IllegalStateException("two twins for " + form);
        }
    }

    /** Routes served outside JAX-RS that the matrix also covers. */
    private static final List<String> NON_JAXRS = List.of("GET /casebook.css");

    static final class Rule {
        final String route;
        final int[] expected;
        boolean freshSession;
        boolean multipart;

        Rule(String route, int[] expected) {
            this.route = route;
            this.expected = expected;
        }
    }

    private static Rule rule(String route, int[] expected) {
        if (RULES.containsKey(route)) {
            throw new IllegalStateException("two rows for " + route);
        }
        Rule rule = new Rule(route, expected);
        RULES.put(route, rule);
        return rule;
    }

    private static final String[] ROLES = {"anonymous", "reviewer", "manager", "admin"};

    @Inject
    TestCaseFiles caseFiles;

    @Test
    void everyRouteHasARule() {
        TreeSet<String> routes = discoverRoutes();
        List<String> missing = routes.stream().filter(r -> !RULES.containsKey(r)).toList();
        List<String> stale = RULES.keySet().stream().filter(r -> !routes.contains(r)).toList();
        assertTrue(routes.size() > 50, "found only " + routes.size() + " routes: " + routes);
        if (!missing.isEmpty() || !stale.isEmpty()) {
            fail("RoleMatrixTests.RULES is out of date.\n  routes without a rule: " + missing + "\n  rules without a route: " + stale);
        }
    }

    @Test
    void everyPageFormLetsTheSameRolesThroughAsItsApiTwin() {
        List<String> forms = discoverRoutes().stream().filter(r -> r.startsWith("POST ") && !r.startsWith("POST /api/")).toList();
        assertTrue(forms.size() > 30, "found only " + forms.size() + " form routes: " + forms);
        List<String> wrong = new ArrayList<>();
        for (String form : forms) {
            String api = FORM_TWINS.get(form);
            if (api == null) {
                wrong.add(form + ": no API twin named in FORM_TWINS (or a reason why it has none)");
                continue;
            }
            if (api.startsWith("page only")) {
                continue;
            }
            if (!RULES.containsKey(api)) {
                wrong.add(form + ": its twin " + api + " is not a route");
                continue;
            }
            for (int role = 1; role < 4; role++) {
                boolean formLets = letsThrough(RULES.get(form).expected[role]);
                boolean apiLets = letsThrough(RULES.get(api).expected[role]);
                if (formLets != apiLets) {
                    wrong.add(form + " as " + ROLES[role] + (formLets ? " is let through" : " is refused") + ", but " + api
                            + (apiLets ? " lets it through" : " refuses it"));
                }
            }
        }
        assertTrue(wrong.isEmpty(), "pages and API disagree:\n" + String.join("\n", wrong));
    }

    /** Past the sign-in and role checks: the answer is about the request itself (404, 400, 200, 303...). */
    private static boolean letsThrough(int status) {
        return status != 302 && status != 401 && status != 403;
    }

    /**
     * Someone else's evidence note, changed through the page form and through the API by every role: a reviewer may change
     * only the notes of evidence they filed, managers and admins any. The note is set to what it already is, so the
     * fixture does not change.
     */
    @Test
    void evidenceNotesFollowTheSameRuleOnPagesAndApi() {
        Map<String, String> real = fixture();
        caseFiles.user("mreviewer", "reviewer");
        caseFiles.user("mmanager", "manager");
        caseFiles.user("madmin", "admin");
        String[] users = {null, "mreviewer", "mmanager", "madmin"};
        String note = "/cas/matrixca/issues/H/evidence/" + real.get("link") + "/note";
        String linked = QuarkusTransaction.requiringNew().call(() -> EvidenceLink.<EvidenceLink>findById(Long.valueOf(real.get("link")))
                .certificate.sha256);
        String api = "/api/cas/matrixca/issues/H/evidence/" + linked;
        String current = given().get("/api/cas/matrixca/issues/H").path("evidence.find { it.sha256 == '" + linked + "' }.note");
        int[] formExpected = {302, 403, 303, 303};
        int[] apiExpected = {401, 403, 200, 200};
        List<String> wrong = new ArrayList<>();
        for (int role = 0; role < 4; role++) {
            FormSession session = session(users[role]);
            if (role > 0) {
                session.get("/cas/matrixca/issues/H");
            }
            int form = session.post(note, Map.of("note", current == null ? "" : current)).statusCode();
            RequestSpecification request = given().contentType(ContentType.JSON).body(current == null ? "{}" : "{\"note\":\"" + current + "\"}");
            if (role > 0) {
                request.auth().preemptive().basic(users[role], users[role] + "-pw");
            }
            int json = request.put(api).statusCode();
            if (form != formExpected[role] || json != apiExpected[role]) {
                wrong.add(ROLES[role] + ": form " + form + " (expected " + formExpected[role] + "), API " + json + " (expected "
                        + apiExpected[role] + ")");
            }
        }
        assertTrue(wrong.isEmpty(), "someone else's evidence note:\n" + String.join("\n", wrong));

        // The reviewer's own evidence: both ways let them change its note.
        byte[] own = TestPki.certificate().subject("CN=own.matrix.example").dnsNames("own.matrix.example").der();
        String ownSha256 = given().auth().preemptive().basic("mreviewer", "mreviewer-pw").contentType("application/pkix-cert").body(own)
                .queryParam("ca", "matrixca").queryParam("issue", "H").post("/api/certificates").then().statusCode(200)
                .extract().path("certificates[0].sha256");
        long ownLink = QuarkusTransaction.requiringNew().call(() -> EvidenceLink
                .<EvidenceLink>find("issue.ca.slug = ?1 and issue.letter = ?2 and certificate.sha256 = ?3", "matrixca", "H", ownSha256)
                .firstResult().id);
        given().auth().preemptive().basic("mreviewer", "mreviewer-pw").contentType(ContentType.JSON).body("{\"note\":\"mine, by the API\"}")
                .put("/api/cas/matrixca/issues/H/evidence/" + ownSha256).then().statusCode(200);
        FormSession reviewer = session("mreviewer");
        reviewer.get("/cas/matrixca/issues/H");
        assertEquals(303, reviewer.post("/cas/matrixca/issues/H/evidence/" + ownLink + "/note", Map.of("note", "mine, by the form")).statusCode());
    }

    @Test
    void everyRoleGetsTheExpectedAnswerEverywhere() {
        Map<String, String> real = fixture();
        caseFiles.user("mreviewer", "reviewer");
        caseFiles.user("mmanager", "manager");
        caseFiles.user("madmin", "admin");
        FormSession[] sessions = {FormSession.anonymous(), session("mreviewer"), session("mmanager"), session("madmin")};
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Rule rule : RULES.values()) {
            String method = rule.route.substring(0, rule.route.indexOf(' '));
            String template = rule.route.substring(rule.route.indexOf(' ') + 1);
            boolean write = !method.equals("GET");
            String path = substitute(template, real, write);
            for (int role = 0; role < 4; role++) {
                FormSession session = rule.freshSession && role > 0 ? session(new String[] {null, "mreviewer", "mmanager", "madmin"}[role])
                        : sessions[role];
                Response response = call(method, path, template, role, session, rule.multipart);
                checked++;
                if (response.statusCode() != rule.expected[role]) {
                    wrong.add(rule.route + " as " + ROLES[role] + " (" + path + "): expected " + rule.expected[role] + ", got "
                            + response.statusCode() + " " + abbreviate(response.asString()));
                } else if (response.statusCode() == 302) {
                    String location = response.getHeader("Location");
                    if (location == null || !location.contains("/login")) {
                        wrong.add(rule.route + " as " + ROLES[role] + ": redirected to " + location + ", not to the sign-in page");
                    }
                } else if (response.statusCode() == 200 && response.contentType().startsWith("text/html")) {
                    String csp = response.getHeader("Content-Security-Policy");
                    if (csp == null || !csp.contains("frame-ancestors 'none'") || csp.contains("unsafe-inline")
                            || !"nosniff".equals(response.getHeader("X-Content-Type-Options")) || response.getHeader("Referrer-Policy") == null) {
                        wrong.add(rule.route + " as " + ROLES[role] + ": security headers missing");
                    }
                }
            }
        }
        for (String route : NON_JAXRS) {
            Response response = given().get(route.substring(4));
            assertEquals(200, response.statusCode(), route);
            assertEquals("nosniff", response.getHeader("X-Content-Type-Options"), route);
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + checked + " answers are wrong:\n" + String.join("\n", wrong));
    }

    private static FormSession session(String user) {
        return user == null ? FormSession.anonymous() : FormSession.signIn(user, user + "-pw");
    }

    private static Response call(String method, String path, String template, int role, FormSession session, boolean multipart) {
        boolean api = template.startsWith("/api/");
        if (api) {
            RequestSpecification request = given().redirects().follow(false);
            if (role > 0) {
                String user = new String[] {null, "mreviewer", "mmanager", "madmin"}[role];
                request.auth().preemptive().basic(user, user + "-pw");
            }
            if (!method.equals("GET") && !method.equals("DELETE")) {
                request.contentType(ContentType.JSON).body("{}");
            }
            return request.request(method, path);
        }
        if (method.equals("GET")) {
            return session.get(path);
        }
        if (role > 0 && !session.hasToken()) {
            session.get("/");
        }
        return multipart ? session.postMultipart(path, Map.of("pem", "")) : session.post(path, Map.of());
    }

    /** Objects that GETs read; created once, through the API where one exists. */
    private Map<String, String> fixture() {
        if (given().get("/api/cas/matrixca").statusCode() == 404) {
            caseFiles.createCa("matrixca", "Matrix CA");
        }
        caseFiles.user("matrixvictim", "reviewer");
        caseFiles.user("matrixsetup", "manager", "reviewer");
        RequestSpecification setup = given().auth().preemptive().basic("matrixsetup", "matrixsetup-pw").contentType(ContentType.JSON);
        String sha256 = caseFiles.storeCertificate(TestPki.certificate().subject("CN=matrix.example").dnsNames("matrix.example").der());
        Map<String, String> values = new LinkedHashMap<>();
        Response issue = given().get("/api/cas/matrixca/issues/H");
        if (issue.path("evidence.size()").equals(0)) {
            setup.body("{\"sha256\":\"" + sha256 + "\"}").post("/api/cas/matrixca/issues/H/evidence").then().statusCode(201);
            given().auth().preemptive().basic("matrixsetup", "matrixsetup-pw").contentType(ContentType.JSON).body("{\"text\":\"matrix\"}")
                    .post("/api/cas/matrixca/issues/H/comments").then().statusCode(201);
            given().auth().preemptive().basic("matrixsetup", "matrixsetup-pw").contentType(ContentType.JSON)
                    .body("{\"effectiveOn\":\"2015-11-01\",\"newOwner\":\"Owner\"}").post("/api/cas/matrixca/ownership").then().statusCode(201);
            setup.body("{\"kind\":\"preliminary\",\"filedAt\":\"2016-09-04T10:00Z\",\"summary\":\"matrix\"}")
                    .post("/api/cas/matrixca/issues/H/reports").then().statusCode(201);
            setup.body("{\"text\":\"matrix question\",\"askedAt\":\"2016-09-05T10:00Z\"}")
                    .post("/api/cas/matrixca/issues/H/questions").then().statusCode(201);
            issue = given().get("/api/cas/matrixca/issues/H");
        }
        values.put("ca", "matrixca");
        values.put("letter", "H");
        values.put("sha256", sha256);
        values.put("username", "matrixvictim");
        values.put("name", "casebook-20000101-000000.zip");
        values.put("statements", String.valueOf((Integer) issue.path("statements[0].id")));
        values.put("references", String.valueOf((Integer) issue.path("references[0].id")));
        values.put("credits", String.valueOf((Integer) issue.path("credits[0].id")));
        values.put("comments", String.valueOf((Integer) given().get("/api/cas/matrixca/issues/H/comments").path("[0].id")));
        values.put("reports", String.valueOf((Integer) given().get("/api/cas/matrixca/issues/H/reports").path("[0].id")));
        values.put("questions", String.valueOf((Integer) given().get("/api/cas/matrixca/issues/H/questions").path("[0].id")));
        values.put("audits", String.valueOf((Integer) given().get("/api/cas/matrixca/audits").path("[0].id")));
        values.put("cross-signs", String.valueOf((Integer) given().get("/api/cas/matrixca/cross-signs").path("[0].id")));
        values.put("link", String.valueOf(QuarkusTransaction.requiringNew().call(() -> EvidenceLink
                .<EvidenceLink>find("issue.ca.slug = ?1 and issue.letter = ?2 order by id", "matrixca", "H")
                .firstResult().id)));
        values.put("ownership", String.valueOf((Integer) given().get("/api/cas/matrixca").path("ownership[0].id")));
        values.put("chart", "weekday-hour");
        byte[] corpus = ("-----BEGIN CERTIFICATE-----\n" + java.util.Base64.getMimeEncoder().encodeToString(
                TestPki.certificate().subject("CN=corpus.matrix.example").dnsNames("corpus.matrix.example").der()) + "\n-----END CERTIFICATE-----\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        values.put("jobs", String.valueOf((Integer) given().auth().preemptive().basic("matrixsetup", "matrixsetup-pw").contentType("text/plain")
                .body(corpus).post("/api/cas/matrixca/corpus").then().statusCode(202).extract().path("job")));
        return values;
    }

    private static final Map<String, String> MISSING = Map.of("ca", "nosuchca", "letter", "ZZZ", "id", "999999999",
            "sha256", "0".repeat(64), "username", "nosuchuser", "link", "999999999");

    /** Real objects everywhere, except that a write's last path parameter names nothing. */
    static String substitute(String template, Map<String, String> real, boolean write) {
        Matcher m = java.util.regex.Pattern.compile("\\{([a-z0-9]+)\\}").matcher(template);
        List<int[]> spans = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            names.add(m.group(1));
        }
        StringBuilder out = new StringBuilder(template);
        for (int i = spans.size() - 1; i >= 0; i--) {
            String name = names.get(i);
            String value;
            if (write && i == spans.size() - 1) {
                value = MISSING.get(name);
            } else if (name.equals("id")) {
                String before = template.substring(0, spans.get(i)[0] - 1);
                value = real.get(before.substring(before.lastIndexOf('/') + 1));
            } else {
                value = real.get(name);
            }
            if (value == null) {
                throw new IllegalStateException("no value for {" + name + "} in " + template + ": add one to fixture()");
            }
            out.replace(spans.get(i)[0], spans.get(i)[1], value);
        }
        return out.toString();
    }

    /** "GET /cas/{ca}/issues/{letter}" for every resource method of every class under org.casebook. */
    static TreeSet<String> discoverRoutes() {
        java.nio.file.Path classes = java.nio.file.Path.of("target", "classes");
        TreeSet<String> routes = new TreeSet<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes.resolve("org/casebook"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, Thread.currentThread().getContextClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                Path classPath = type.getAnnotation(Path.class);
                if (classPath == null) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    String http = httpMethod(method);
                    if (http == null) {
                        continue;
                    }
                    Path methodPath = method.getAnnotation(Path.class);
                    routes.add(http + " " + join(classPath.value(), methodPath == null ? "" : methodPath.value()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return routes;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    static String join(String classPath, String methodPath) {
        String joined = ("/" + classPath + "/" + methodPath).replaceAll("/+", "/");
        if (joined.length() > 1 && joined.endsWith("/")) {
            joined = joined.substring(0, joined.length() - 1);
        }
        return stripRegexes(joined);
    }

    /** "{sha256: [0-9a-fA-F]{64}}" becomes "{sha256}". */
    static String stripRegexes(String path) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        boolean skipping = false;
        for (char c : path.toCharArray()) {
            if (c == '{') {
                depth++;
                if (depth == 1) {
                    out.append(c);
                }
                continue;
            }
            if (c == '}') {
                depth--;
                if (depth == 0) {
                    skipping = false;
                    out.append(c);
                }
                continue;
            }
            if (depth == 1 && c == ':') {
                skipping = true;
                continue;
            }
            if (depth == 0 || (depth == 1 && !skipping && c != ' ')) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String abbreviate(String body) {
        String oneLine = body.replaceAll("\\s+", " ");
        return oneLine.length() > 160 ? oneLine.substring(0, 160) + "…" : oneLine;
    }
}
