package org.casebook.storage;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;

/**
 * The overload that closed the database: many clients ask for the heaviest export (the whole WoSign case with its
 * evidence) and give up early, on a file database with a short transaction timeout. Afterwards the API answers, and
 * no request got a 500 meanwhile.
 */
@QuarkusTest
@TestProfile(FileDatabaseProfile.class)
class HeavyExportLoadTests {

    private static final int EVIDENCE = 300;
    private static final int CLIENTS = 40;
    private static final long LOAD_MILLIS = 15_000;

    @TestHTTPResource("/cas/wosign.md")
    URL export;

    @Test
    void clientsThatGiveUpOnTheHeaviestExportLeaveTheServerAnswering() throws Exception {
        StringBuilder bundle = new StringBuilder();
        for (int i = 0; i < EVIDENCE; i++) {
            bundle.append(TestPki.certificate().subject("CN=load" + i + ".wosign.example").dnsNames("load" + i + ".wosign.example")
                    .notBefore("2016-03-01T00:00:00Z").sha1().pem());
        }
        given().auth().preemptive().basic("admin", "test-admin-password").contentType("application/x-pem-file")
                .body(bundle.toString().getBytes(StandardCharsets.US_ASCII)).queryParam("ca", "wosign").queryParam("issue", "S")
                .post("/api/certificates").then().statusCode(200);

        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicInteger gaveUp = new AtomicInteger();
        AtomicInteger rounds = new AtomicInteger();
        List<String> retryAfterMissing = new ArrayList<>();
        long until = System.nanoTime() + LOAD_MILLIS * 1_000_000;
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            Thread client = new Thread(() -> {
                while (System.nanoTime() < until) {
                    try {
                        // A query of its own per request: the published-page cache never has the answer, so every
                        // request is worked out (or refused) by the heavy-work gate.
                        URL uncached = new URL(export + "?round=" + rounds.incrementAndGet());
                        HttpURLConnection connection = (HttpURLConnection) uncached.openConnection();
                        connection.setReadTimeout(ThreadLocalRandom.current().nextInt(100, 1500));
                        int status = connection.getResponseCode();
                        statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                        if (status == 503 && connection.getHeaderField("Retry-After") == null) {
                            synchronized (retryAfterMissing) {
                                retryAfterMissing.add("503 without Retry-After");
                            }
                        }
                        (status < 400 ? connection.getInputStream() : connection.getErrorStream()).readAllBytes();
                        connection.disconnect();
                    } catch (SocketTimeoutException e) {
                        gaveUp.incrementAndGet();
                    } catch (Exception e) {
                        statuses.computeIfAbsent(-1, s -> new AtomicInteger()).incrementAndGet();
                    }
                }
            });
            client.start();
            clients.add(client);
        }
        for (Thread client : clients) {
            client.join();
        }
        String seen = "statuses " + statuses + ", gave up " + gaveUp;
        long start = System.nanoTime();
        given().get("/api/cas").then().statusCode(200);
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "GET /api/cas took over 5 s after the load; " + seen);
        assertEquals(null, statuses.get(500), seen);
        assertTrue(retryAfterMissing.isEmpty(), seen);
        // and the export itself still works once the load is gone
        for (int attempt = 0; ; attempt++) {
            int status = given().get("/cas/wosign.md").statusCode();
            if (status == 200) {
                break;
            }
            assertTrue(status == 503 && attempt < 30, "export answered " + status + " after the load; " + seen);
            Thread.sleep(1000);
        }
        given().get("/api/cas").then().statusCode(200);
        System.out.println("HeavyExportLoadTests: " + seen);
    }
}
