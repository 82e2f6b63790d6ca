package org.casebook.transfer;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.casebook.support.FormSession;
import org.casebook.support.TestCaseFiles;
import org.casebook.testpki.TestPki;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** What an operator watches: the OpenAPI document, Prometheus metrics, the readiness check, and logs without secrets. */
@QuarkusTest
class OperatorViewTests {

    @Inject
    TestCaseFiles caseFiles;

    @Test
    void openApiDescribesTheJsonApiAndOnlyIt() {
        JsonPath openapi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Object> paths = openapi.getMap("paths");
        for (String route : List.of("/api/cas", "/api/cas/{ca}/issues", "/api/cas/{ca}/issues/{letter}", "/api/certificates", "/api/lint",
                "/api/cas/{ca}/export", "/api/import", "/api/admin/backups")) {
            assertTrue(paths.containsKey(route), route + " in " + paths.keySet());
        }
        assertTrue(paths.keySet().stream().allMatch(path -> path.startsWith("/api/")), "pages are left out: " + paths.keySet());
        assertEquals("ca", openapi.getString("paths.'/api/cas/{ca}/issues'.get.parameters[0].name"));
        assertTrue(openapi.getString("paths.'/api/cas/{ca}/export'.get.responses.'200'.content.'application/json'.examples.'a small case file'.value")
                .contains("casebook-case-file"));
        assertTrue(openapi.getString("paths.'/api/import'.post.responses.'400'.description").contains("nothing was imported"));
        assertEquals("Casebook API", openapi.getString("info.title"));
        Map<String, Object> schemas = openapi.getMap("components.schemas");
        assertTrue(schemas.containsKey("ApiError") && schemas.containsKey("CaseFileIssue"), schemas.keySet().toString());
        assertFalse(schemas.containsKey("TemplateInstance"), "schemas only the pages used are left out: " + schemas.keySet());
        assertEquals("#/components/schemas/ApiError",
                openapi.getString("paths.'/api/cas/{ca}/issues/{letter}'.get.responses.default.content.'application/json'.schema.'$ref'"));
        assertTrue(openapi.getString("paths.'/api/cas/{ca}/issues'.post.requestBody.content.'application/json'.examples.example.value")
                .contains("A new finding"));
    }

    @Test
    void metricsCountUploadsCertificatesLintsAndTheBackgroundWork() {
        caseFiles.user("metricsreviewer", "reviewer");
        given().get("/q/metrics").then().statusCode(401);
        byte[] der = TestPki.certificate().subject("CN=metrics.example").dnsNames("metrics.example").der();
        given().auth().preemptive().basic("metricsreviewer", "metricsreviewer-pw").contentType("application/pkix-cert").body(der)
                .post("/api/certificates").then().statusCode(200);
        given().contentType("application/pkix-cert").body(der).post("/api/lint").then().statusCode(200);
        String metrics = given().auth().preemptive().basic("metricsreviewer", "metricsreviewer-pw").get("/q/metrics")
                .then().statusCode(200).extract().asString();
        for (String name : List.of("casebook_uploads_seconds_count", "casebook_certificates_stored_total", "casebook_lint_seconds_count",
                "casebook_corpus_check_seconds_count", "casebook_corpus_arrivals_seconds_count", "casebook_relint_backlog",
                "casebook_corpus_backlog", "casebook_corpus_statistics_complete", "casebook_certificates ",
                "http_server_requests_seconds_count", "agroal_active_count", "jvm_memory_used_bytes")) {
            assertTrue(metrics.contains(name), name + " is missing from /q/metrics");
        }
        assertTrue(metrics.contains("http_server_requests_seconds_count{method=\"POST\",outcome=\"SUCCESS\",status=\"200\",uri=\"/api/certificates\"}"),
                "requests are counted by route");
        double stored = value(metrics, "casebook_certificates_stored_total");
        assertTrue(stored >= 1, "stored " + stored);
        assertFalse(Double.isNaN(value(metrics, "casebook_certificates ")), "certificates on file are counted");
    }

    @Test
    void readinessIncludesTheDatabase() {
        JsonPath health = given().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
        assertEquals("UP", health.getString("status"));
        List<Map<String, Object>> checks = health.getList("checks");
        assertTrue(checks.stream().anyMatch(c -> String.valueOf(c.get("name")).contains("Database") && "UP".equals(c.get("status"))),
                checks.toString());
    }

    @Test
    void logsArePlainTextByDefaultAndNeverCarryPasswordsOrSessionKeys() throws Exception {
        assertEquals("false", ConfigProvider.getConfig().getConfigValue("quarkus.log.console.json.enabled").getValue());
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(String.valueOf(record.getMessage()) + " " + java.util.Arrays.toString(record.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.addHandler(capture);
        try {
            given().auth().preemptive().basic("admin", "test-admin-password").contentType(ContentType.JSON)
                    .body("{\"username\":\"logwatcher\",\"password\":\"a-password-never-logged-42\",\"roles\":[\"reviewer\"]}")
                    .post("/api/users").then().statusCode(201);
            FormSession.signIn("logwatcher", "a-password-never-logged-42").get("/");
            for (int i = 0; i < 3; i++) {
                given().auth().preemptive().basic("logwatcher", "a-wrong-password-never-logged").get("/api/users").then().statusCode(401);
            }
            FormSession.anonymous().post("/j_security_check", Map.of("j_username", "logwatcher", "j_password", "a-wrong-password-never-logged"));
            org.jboss.logging.Logger.getLogger(OperatorViewTests.class).info("log capture works");
        } finally {
            root.removeHandler(capture);
        }
        assertTrue(logged.stream().anyMatch(line -> line.contains("log capture works")), "the handler sees the application's log");
        // the key in use (generated once and kept in the database when none is configured; SessionKeyTests)
        String sessionKey = ConfigProvider.getConfig().getValue("quarkus.http.auth.session.encryption-key", String.class);
        assertTrue(sessionKey.length() >= 32, "a session key is in use");
        for (String line : logged) {
            assertFalse(line.contains("never-logged"), "a password was logged: " + line);
            assertFalse(line.contains(sessionKey), "the session key was logged: " + line);
        }
    }

    private static double value(String metrics, String name) {
        return metrics.lines().filter(line -> line.startsWith(name)).findFirst()
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).orElse(Double.NaN);
    }
}
