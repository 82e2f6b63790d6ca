package org.casebook.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.casebook.support.TestCaseFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad JSON body the API must refuse (issue 11, item 9): a 400 with {"error","detail"}, the
 * detail naming the field at fault first, and nothing stored. One row per case.
 */
@QuarkusTest
class JsonInputStrictnessTests {

    private static final String CA = "strict-json";
    private static final String ISSUE = "/api/cas/" + CA + "/issues/D";
    private static final String ISSUES = "/api/cas/" + CA + "/issues";
    private static final String AUDITS = "/api/cas/" + CA + "/audits";
    private static final String CROSS_SIGNS = "/api/cas/" + CA + "/cross-signs";
    private static final String USERS = "/api/users";
    private static final String AUDIT = "\"auditor\":\"A\",\"standard\":\"WebTrust\"";
    private static final String CROSS_SIGN = "\"target\":\"T\",\"source\":\"S\",\"sourceOwner\":\"O\"";

    @Inject
    TestCaseFiles caseFiles;

    @BeforeEach
    void data() {
        caseFiles.ensureCa(CA, "Strict JSON");
        caseFiles.user("jmanager", "manager");
    }

    static Stream<Arguments> badBodies() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        return Stream.of(
                row("top-level array", "POST", ISSUES, "[]", "request body: "),
                row("top-level string", "POST", ISSUES, "\"x\"", "request body: "),
                row("top-level number", "PATCH", ISSUE, "123", "request body: "),
                row("object for a string", "PATCH", ISSUE, "{\"title\":{\"a\":1}}", "title: "),
                row("array for a string", "PATCH", ISSUE, "{\"title\":[\"a\"]}", "title: "),
                row("string for a list", "PATCH", ISSUE, "{\"aliases\":\"x\"}", "aliases: "),
                row("number in a list of strings", "PATCH", ISSUE, "{\"aliases\":[1]}", "aliases[0]: "),
                row("word for a count", "PATCH", ISSUE, "{\"affectedCertificates\":\"abc\"}", "affectedCertificates: "),
                row("quoted number for a count", "PATCH", ISSUE, "{\"affectedCertificates\":\"12\"}", "affectedCertificates: "),
                row("word for a boolean", "PATCH", ISSUE, "{\"affectedApproximate\":\"yes\"}", "affectedApproximate: "),
                row("quoted boolean", "PATCH", ISSUE, "{\"affectedApproximate\":\"true\"}", "affectedApproximate: "),
                row("100,000-deep array", "PATCH", ISSUE, deep, "request body: "),
                row("100,000-deep array in an unknown field", "PATCH", ISSUE, "{\"other\":" + deep + "}", "request body: "),
                row("100,000-deep array in a list", "PATCH", ISSUE, "{\"aliases\":" + deep + "}", "aliases"),
                row("audit: string for a list", "POST", AUDITS, "{" + AUDIT + ",\"disclosedIssues\":\"A\"}", "disclosedIssues: "),
                row("user: string for a list", "POST", USERS, "{\"username\":\"json-strict-user\",\"password\":\"a-long-enough-password\","
                        + "\"roles\":\"admin\"}", "roles: "),
                row("malformed: cut short", "PATCH", ISSUE, "{\"title\":", "request body: not valid JSON at line 1, column "),
                row("malformed: bad token", "PATCH", ISSUE, "{\"title\": nope}", "request body: not valid JSON at line 1, column "),
                row("malformed: second line", "PATCH", ISSUE, "{\"title\":\"x\",\n \"body\" \"y\"}",
                        "request body: not valid JSON at line 2, column "),
                row("trailing object", "PATCH", ISSUE, "{\"title\":\"x\"} {}", "request body: "),
                row("trailing garbage", "PATCH", ISSUE, "{\"title\":\"x\"} garbage", "request body: "),
                row("number for a string", "PATCH", ISSUE, "{\"title\":123}", "title: "),
                row("boolean for a string", "PATCH", ISSUE, "{\"title\":true}", "title: "),
                row("fraction for a count", "PATCH", ISSUE, "{\"affectedCertificates\":1.5}", "affectedCertificates: "),
                row("NUL in text", "PATCH", ISSUE, "{\"title\":\"a\\u0000b\"}", "title: "),
                row("bell in text", "PATCH", ISSUE, "{\"assessment\":\"a\\u0007b\"}", "assessment: "),
                row("escape in a list", "PATCH", ISSUE, "{\"aliases\":[\"ok\",\"a\\u001bb\"]}", "aliases[1]: "),
                row("DEL-range C1 control in text", "PATCH", ISSUE, "{\"title\":\"a\\u0085b\"}", "title: "),
                row("raw control character", "PATCH", ISSUE, "{\"title\":\"a\u0001b\"}", "title: not valid JSON at line 1, column "),
                row("unpaired high surrogate", "PATCH", ISSUE, "{\"title\":\"a\\ud800b\"}", "title: "),
                row("unpaired low surrogate", "PATCH", ISSUE, "{\"title\":\"a\\udc00\"}", "title: "),
                row("swapped surrogates", "PATCH", ISSUE, "{\"title\":\"\\udc00\\ud800\"}", "title: "),
                row("statement text with NUL", "POST", ISSUE + "/statements", "{\"text\":\"said\\u0000\"}", "text: "),
                row("periodStart 0000", "PATCH", ISSUE, "{\"periodStart\":\"0000\"}", "periodStart: "),
                row("periodStart far future", "PATCH", ISSUE, "{\"periodStart\":\"9999-01\"}", "periodStart: "),
                row("new issue periodStart 0000", "POST", ISSUES, "{\"title\":\"t\",\"periodStart\":\"0000\"}", "periodStart: "),
                row("audit statementDate +99999", "POST", AUDITS, "{" + AUDIT + ",\"statementDate\":\"+99999-01-01\"}", "statementDate: "),
                row("audit periodStart 1900", "POST", AUDITS, "{" + AUDIT + ",\"periodStart\":\"1900-01-01\"}", "periodStart: "),
                row("cross-sign notAfter +999999999", "POST", CROSS_SIGNS, "{" + CROSS_SIGN + ",\"notAfter\":\"+999999999-12-31T23:59:59Z\"}",
                        "notAfter: "),
                row("cross-sign revokedAt 0001", "POST", CROSS_SIGNS, "{" + CROSS_SIGN + ",\"revokedAt\":\"0001-01-01\"}", "revokedAt: "));
    }

    private static Arguments row(String name, String method, String path, String body, String detailStart) {
        return Arguments.of(name, method, path, body, detailStart);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void badBodyIsA400NamingTheField(String name, String method, String path, String body, String detailStart) {
        boolean admin = path.equals(USERS);
        given().auth().preemptive().basic(admin ? "admin" : "jmanager", admin ? "test-admin-password" : "jmanager-pw")
                .contentType(ContentType.JSON).body(body.getBytes(StandardCharsets.UTF_8))
                .request(method, path)
                .then().statusCode(400).contentType(ContentType.JSON)
                .body("error", not(emptyOrNullString()))
                .body("detail", startsWith(detailStart));
    }

    /** Raw bytes that are not UTF-8 (an encoded lone surrogate, a cut sequence) never reach a text field. */
    @Test
    void bytesThatAreNotUtf8AreRefused() {
        for (byte[] body : new byte[][] {
                latin1("{\"title\":\"a\u00ed\u00a0\u0080b\"}"),
                latin1("{\"title\":\"a\u00e2\u0082\"}"),
                latin1("{\"title\":\"a\u00ffb\"}")}) {
            given().auth().preemptive().basic("jmanager", "jmanager-pw").contentType(ContentType.JSON).body(body)
                    .patch(ISSUE).then().statusCode(400).body("detail", not(emptyOrNullString()));
        }
        given().get(ISSUE).then().statusCode(200).body("title", equalTo("Long-lived SHA-1 certificates"));
    }

    /** Newline, tab and carriage return are text; a body with them and a date in range is stored. */
    @Test
    void ordinaryTextAndDatesInRangeAreAccepted() {
        given().auth().preemptive().basic("jmanager", "jmanager-pw").contentType(ContentType.JSON)
                .body("{\"assessment\":\"line one\\r\\nline\\ttwo \\ud83d\\ude00\",\"periodStart\":\"1970\",\"periodEnd\":\"2200-12-31\"}")
                .patch("/api/cas/" + CA + "/issues/F").then().statusCode(200)
                .body("assessment", equalTo("line one\r\nline\ttwo \ud83d\ude00")).body("periodStart", equalTo("1970"));
        given().auth().preemptive().basic("jmanager", "jmanager-pw").contentType(ContentType.JSON)
                .body("{\"title\":\"x\",\"unknownField\":1}").patch("/api/cas/" + CA + "/issues/F").then().statusCode(200);
    }

    private static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
