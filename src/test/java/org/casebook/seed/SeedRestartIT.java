package org.casebook.seed;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Starts the packaged application twice on the same H2 file database: the first start loads the
 * seeded case, the second loads nothing and keeps what was added in between. Runs in the failsafe
 * phase, after {@code package}: {@code ./mvnw verify -DskipITs=false}.
 */
class SeedRestartIT {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final String PASSWORD = "restart-it-password";

    private Path directory;
    private Process running;

    @BeforeEach
    void temporaryDatabase() throws IOException {
        assertTrue(Files.isRegularFile(JAR), JAR + " is missing: run the package phase first");
        directory = Files.createTempDirectory("casebook-restart-it");
    }

    @AfterEach
    void cleanUp() throws IOException, InterruptedException {
        stop();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    @Test
    void secondStartLoadsNothingAndKeepsChanges() throws Exception {
        int port = start("first");
        given().port(port).get("/api/cas").then().statusCode(200);
        List<String> slugs = given().port(port).get("/api/cas").then().extract().path("slug");
        assertEquals(List.of("certum", "startcom", "wosign"), slugs.stream().sorted().toList());
        assertEquals(13, (int) given().port(port).get("/api/cas/wosign").then().extract().path("issueCount"));
        String added = given().port(port).auth().preemptive().basic("admin", PASSWORD).contentType(ContentType.JSON)
                .body("{\"title\":\"Added between the two starts\",\"after\":\"D\"}")
                .post("/api/cas/wosign/issues").then().statusCode(201).extract().path("letter");
        stop();
        assertTrue(log("first").contains("Loaded the seeded case file"), "first start loads the seed");

        port = start("second");
        List<String> letters = given().port(port).get("/api/cas/wosign/issues").then().statusCode(200).extract().path("letter");
        assertEquals(14, letters.size(), letters.toString());
        assertTrue(letters.contains(added));
        assertEquals(3, ((List<?>) given().port(port).get("/api/cas").then().extract().path("")).size());
        assertEquals(4, ((List<?>) given().port(port).get("/api/cas/wosign/cross-signs").then().extract().path("")).size());
        assertFalse(log("second").contains("Loaded the seeded case file"), "second start loads nothing");
    }

    private int start(String name) throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", JAR.toAbsolutePath().toString())
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve(name + ".log").toFile());
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL",
                "jdbc:h2:file:" + directory.resolve("db").resolve("casebook").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
        builder.environment().put("CASEBOOK_ADMIN_PASSWORD", PASSWORD);
        running = builder.start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(300));
        while (Instant.now().isBefore(deadline)) {
            if (!running.isAlive()) {
                throw new AssertionError(name + " start exited with " + running.exitValue() + ":\n" + log(name));
            }
            try {
                if (given().port(port).get("/api/cas").statusCode() == 200) {
                    return port;
                }
            } catch (Exception notListeningYet) {
                // keep waiting
            }
            Thread.sleep(500);
        }
        throw new AssertionError(name + " start did not answer within 300 s:\n" + log(name));
    }

    private void stop() throws InterruptedException {
        if (running != null && running.isAlive()) {
            running.destroy();
            if (!running.waitFor(60, TimeUnit.SECONDS)) {
                running.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        running = null;
    }

    private String log(String name) throws IOException {
        Path file = directory.resolve(name + ".log");
        return Files.exists(file) ? Files.readString(file) : "";
    }
}
