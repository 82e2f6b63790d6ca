package org.casebook.storage;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.support.PackagedApp;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the packaged PostgreSQL build on one database (issue 17): started together on an empty schema they
 * load the seed once; a sign-in made on one works on the other; a page the second has cached changes after the first
 * wrote; the same certificates uploaded through both at once are stored once each and no request fails; restarted
 * together on a corpus whose findings are stale, they re-lint each certificate once between them. Runs in the
 * postgresql Maven profile's failsafe phase ({@code ./mvnw verify -Ppostgresql}), which builds the jar for PostgreSQL and
 * names the server; skipped, saying why, without one.
 */
class TwoInstancesIT {

    private static final String PASSWORD = "two-instances-it-password";
    private static final String SCHEMA = "two_instances_it";
    private static final int CERTIFICATES = 200;
    private static final Pattern RELINTED = Pattern.compile("Re-linted (\\d+) stored certificate");

    private final String url = System.getProperty("casebook.test.postgresql.url");
    private final String username = System.getProperty("casebook.test.postgresql.username", "casebook");
    private final String password = System.getProperty("casebook.test.postgresql.password", "casebook");
    private Path directory;
    private final List<PackagedApp> running = new ArrayList<>();

    @BeforeEach
    void emptySchema() throws Exception {
        Assumptions.assumeTrue(url != null, "TwoInstancesIT needs the PostgreSQL build and server: ./mvnw verify -Ppostgresql"
                + " (casebook.test.postgresql.url); .ci/run starts one");
        try (Connection connection = connect()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + SCHEMA + " cascade");
                statement.execute("create schema " + SCHEMA);
            }
        } catch (SQLException unreachable) {
            Assumptions.abort("TwoInstancesIT skipped: no PostgreSQL server answers at " + url + " (" + unreachable.getMessage() + ")");
        }
        directory = Files.createTempDirectory("casebook-two-instances-it");
    }

    @AfterEach
    void cleanUp() throws Exception {
        for (PackagedApp app : running) {
            app.close();
        }
        PackagedApp.delete(directory);
    }

    @Test
    void twoInstancesShareSignInsPagesUploadsAndJobs() throws Exception {
        // Both start at once on an empty schema: migrations, seed and first admin happen once.
        List<PackagedApp> apps = startTogether("a1", "b1");
        PackagedApp a = apps.get(0);
        PackagedApp b = apps.get(1);
        String logs = a.log() + b.log();
        assertEquals(1, count(logs, "Loaded the seeded case file"), "the seed is loaded by one of the two");
        assertEquals(3, given().port(b.port()).get("/api/cas").then().statusCode(200).extract().jsonPath().getList("").size());
        assertTrue(!logs.contains("using temporary key"), "no temporary session key");

        // A sign-in on A is a sign-in on B: the cookie key is the one stored in the database.
        Response login = given().port(a.port()).redirects().follow(false).formParam("j_username", "admin").formParam("j_password", PASSWORD)
                .post("/j_security_check");
        String cookie = login.getCookie("quarkus-credential");
        assertTrue(cookie != null, "signed in on A: " + login.statusCode());
        given().port(b.port()).redirects().follow(false).cookie("quarkus-credential", cookie).get("/users").then().statusCode(200);
        given().port(b.port()).redirects().follow(false).get("/users").then().statusCode(302);

        // A page B has cached changes once A has written.
        // (B's own background passes may still be writing just after its start; a hit shows once they rest.)
        boolean cached = false;
        for (long until = System.nanoTime() + 120_000_000_000L; !cached && System.nanoTime() < until; Thread.sleep(200)) {
            given().port(b.port()).get("/cas/wosign/issues/S").then().statusCode(200);
            cached = "hit".equals(given().port(b.port()).get("/cas/wosign/issues/S").then().extract().header("X-Casebook-Cache"));
        }
        assertTrue(cached, "B serves the issue page from its cache");
        given().port(a.port()).auth().preemptive().basic("admin", PASSWORD).contentType(ContentType.JSON)
                .body("{\"title\":\"Renamed on instance A\"}").patch("/api/cas/wosign/issues/S").then().statusCode(200);
        long written = System.nanoTime();
        long seenAfterMillis = -1;
        while (System.nanoTime() - written < 15_000_000_000L) {
            if (given().port(b.port()).get("/cas/wosign/issues/S").then().statusCode(200).extract().asString().contains("Renamed on instance A")) {
                seenAfterMillis = (System.nanoTime() - written) / 1_000_000;
                break;
            }
            Thread.sleep(100);
        }
        System.out.println("TwoInstancesIT: B served A's change after " + seenAfterMillis + " ms");
        assertTrue(seenAfterMillis >= 0, "B still served the page from before A's change after 15 s");

        // The same certificates through both at once: each stored once, every request answered 200.
        StringBuilder bundle = new StringBuilder();
        List<String> subjects = new ArrayList<>();
        for (int i = 0; i < CERTIFICATES; i++) {
            subjects.add("race" + i + ".two-instances.example");
            bundle.append(TestPki.certificate().subject("CN=race" + i + ".two-instances.example").dnsNames("race" + i + ".two-instances.example")
                    .notBefore("2016-03-01T00:00:00Z").pem());
        }
        byte[] body = bundle.toString().getBytes(StandardCharsets.US_ASCII);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<Response>> answers = new ArrayList<>();
        long uploadStart = System.nanoTime();
        for (PackagedApp app : List.of(a, b, a, b)) {
            answers.add(clients.submit(() -> given().port(app.port()).auth().preemptive().basic("admin", PASSWORD)
                    .contentType("application/x-pem-file").body(body).queryParam("ca", "wosign").queryParam("issue", "S")
                    .post("/api/certificates").then().extract().response()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Response> answer : answers) {
            Response response = answer.get();
            statuses.add(response.statusCode());
            assertEquals(200, response.statusCode(), response.asString());
            assertEquals(CERTIFICATES, response.jsonPath().getList("certificates").size());
            assertEquals(0, response.jsonPath().getList("rejected").size(), response.jsonPath().getList("rejected").toString());
        }
        clients.shutdown();
        System.out.println("TwoInstancesIT: 4 concurrent uploads of the same " + CERTIFICATES + " certificates answered " + statuses
                + " in " + (System.nanoTime() - uploadStart) / 1_000_000 + " ms");
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("set search_path to " + SCHEMA);
            assertEquals(CERTIFICATES, single(statement, "select count(*) from certificate where subject like '%two-instances.example%'"));
            assertEquals(0, single(statement, "select count(*) from (select sha256 from certificate group by sha256 having count(*) > 1) twice"));
            assertEquals(CERTIFICATES, single(statement, "select count(*) from evidence_link l join certificate c on c.id = l.certificate_id"
                    + " where c.subject like '%two-instances.example%'"));
        }

        // Restarted together on a corpus whose findings an older build made: each certificate is re-linted once.
        a.stop();
        b.stop();
        long stale;
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("set search_path to " + SCHEMA);
            statement.executeUpdate("update certificate set lintSetVersion = 'made-by-an-older-build'");
            stale = single(statement, "select count(*) from certificate");
        }
        apps = startTogether("a2", "b2");
        long until = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (System.nanoTime() < until && relinted(apps) < stale) {
            Thread.sleep(500);
        }
        Thread.sleep(3_000); // a second pass, were there one, would have logged by now
        String a2 = apps.get(0).log();
        String b2 = apps.get(1).log();
        System.out.println("TwoInstancesIT: re-linted after the restart: A " + relinted(a2) + ", B " + relinted(b2) + " of " + stale
                + "; left to the other: A " + a2.contains("Another instance is re-linting") + ", B " + b2.contains("Another instance is re-linting"));
        assertEquals(stale, relinted(a2) + relinted(b2), "every stale certificate re-linted exactly once between the two");
    }

    private List<PackagedApp> startTogether(String... names) throws Exception {
        List<PackagedApp> apps = new ArrayList<>();
        for (String name : names) {
            Path home = Files.createDirectories(directory.resolve(name));
            Map<String, String> env = new HashMap<>();
            env.put("QUARKUS_DATASOURCE_JDBC_URL", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
            env.put("QUARKUS_DATASOURCE_USERNAME", username);
            env.put("QUARKUS_DATASOURCE_PASSWORD", password);
            env.put("CASEBOOK_ADMIN_PASSWORD", PASSWORD);
            env.put("CASEBOOK_FINDINGS_REFRESH_DELAY", "1s");
            PackagedApp app = PackagedApp.launch(name, home, env);
            apps.add(app);
            running.add(app);
        }
        for (PackagedApp app : apps) {
            app.awaitAnswer(Duration.ofSeconds(300));
        }
        return apps;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, username, password);
    }

    private static long single(Statement statement, String sql) throws SQLException {
        try (ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static long relinted(List<PackagedApp> apps) throws Exception {
        long total = 0;
        for (PackagedApp app : apps) {
            total += relinted(app.log());
        }
        return total;
    }

    private static long relinted(String log) {
        long total = 0;
        Matcher matcher = RELINTED.matcher(log);
        while (matcher.find()) {
            total += Long.parseLong(matcher.group(1));
        }
        return total;
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }
}
