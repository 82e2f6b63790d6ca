package org.casebook.storage;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.casebook.support.PackagedApp;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM while many clients ask for the heaviest pages: the packaged application exits within 10 s. (It took over
 * 20 s, and a kill -9, when requests whose clients had gone kept every worker busy.) Runs in the failsafe phase, after
 * {@code package}: {@code ./mvnw verify -DskipITs=false -Dit.test=ShutdownUnderLoadIT}; {@code -Dcasebook.it.app=DIR}
 * points it at another build's {@code quarkus-app} directory.
 */
class ShutdownUnderLoadIT {

    private static final Path APP = PackagedApp.APP;
    private static final String PASSWORD = "shutdown-it-password";
    private static final int EVIDENCE = 300;
    private static final int CLIENTS = 32;

    private Path directory;
    private PackagedApp app;
    private Process running;

    @BeforeEach
    void temporaryDatabase() throws IOException {
        assertTrue(Files.isRegularFile(APP.resolve("quarkus-run.jar")), APP + " has no quarkus-run.jar: run the package phase first");
        directory = Files.createTempDirectory("casebook-shutdown-it");
    }

    @AfterEach
    void cleanUp() throws IOException, InterruptedException {
        if (running != null && running.isAlive()) {
            running.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        PackagedApp.delete(directory);
    }

    @Test
    void sigtermUnderLoadExitsWithinTenSeconds() throws Exception {
        int port = start();
        StringBuilder bundle = new StringBuilder();
        for (int i = 0; i < EVIDENCE; i++) {
            bundle.append(TestPki.certificate().subject("CN=stop" + i + ".wosign.example").dnsNames("stop" + i + ".wosign.example")
                    .notBefore("2016-03-01T00:00:00Z").sha1().pem());
        }
        given().port(port).auth().preemptive().basic("admin", PASSWORD).contentType("application/x-pem-file")
                .body(bundle.toString().getBytes(StandardCharsets.US_ASCII)).queryParam("ca", "wosign").queryParam("issue", "S")
                .post("/api/certificates").then().statusCode(200);

        AtomicBoolean loading = new AtomicBoolean(true);
        List<Thread> clients = new ArrayList<>();
        String[] paths = {"/cas/wosign.md", "/cas/wosign/issues/S.md", "/cas/wosign/issues/S", "/api/cas"};
        for (int c = 0; c < CLIENTS; c++) {
            String path = paths[c % paths.length];
            Thread client = new Thread(() -> {
                while (loading.get()) {
                    try {
                        HttpURLConnection connection = (HttpURLConnection) URI.create("http://localhost:" + port + path).toURL().openConnection();
                        connection.setConnectTimeout(2000);
                        connection.setReadTimeout(60_000);
                        int status = connection.getResponseCode();
                        (status < 400 ? connection.getInputStream() : connection.getErrorStream()).readAllBytes();
                    } catch (IOException e) {
                        // refused or cut once the server stops
                    }
                }
            });
            client.setDaemon(true);
            client.start();
            clients.add(client);
        }
        Thread.sleep(5000);
        long signalled = System.nanoTime();
        running.destroy(); // SIGTERM
        boolean exited = running.waitFor(30, TimeUnit.SECONDS);
        long tookMillis = (System.nanoTime() - signalled) / 1_000_000;
        loading.set(false);
        System.out.println("ShutdownUnderLoadIT: exited " + exited + " after " + tookMillis + " ms");
        assertTrue(exited && tookMillis < 10_000, "SIGTERM under load: exited " + exited + " after " + tookMillis + " ms\n" + tail(log()));
    }

    private int start() throws IOException, InterruptedException {
        app = PackagedApp.start("server", directory, PackagedApp.h2File(directory, PASSWORD));
        running = app.process();
        return app.port();
    }

    private String log() throws IOException {
        return app.log();
    }

    private static String tail(String text) {
        return PackagedApp.tail(text);
    }
}
