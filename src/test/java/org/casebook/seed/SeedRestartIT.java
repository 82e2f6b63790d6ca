package org.casebook.seed;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.casebook.support.PackagedApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Starts the packaged application twice on the same H2 file database: the first start loads the
 * seeded case, the second loads nothing and keeps what was added in between. Runs in the failsafe
 * phase, after {@code package}: {@code ./mvnw verify -DskipITs=false}.
 */
class SeedRestartIT {

    private static final String PASSWORD = "restart-it-password";

    private Path directory;
    private PackagedApp running;

    @BeforeEach
    void temporaryDatabase() throws IOException {
        assertTrue(Files.isRegularFile(PackagedApp.APP.resolve("quarkus-run.jar")), PackagedApp.APP + " has no quarkus-run.jar: run the package phase first");
        directory = Files.createTempDirectory("casebook-restart-it");
    }

    @AfterEach
    void cleanUp() throws IOException, InterruptedException {
        stop();
        PackagedApp.delete(directory);
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
        running = PackagedApp.start(name, directory, PackagedApp.h2File(directory, PASSWORD));
        return running.port();
    }

    private void stop() throws InterruptedException {
        if (running != null) {
            running.stop();
        }
        running = null;
    }

    private String log(String name) throws IOException {
        Path file = directory.resolve(name + ".log");
        return Files.exists(file) ? Files.readString(file) : "";
    }
}
