package org.casebook.evidence;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.casebook.support.TestCaseFiles;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;

/** One PEM bundle of 1,200 certificates: stored in one request, then linted again; the times are printed. */
@QuarkusTest
class LargeBundleTests {

    static final int CERTIFICATES = 1200;

    /** On a busy machine a bundle this size takes longer than RestAssured's default wait. */
    private static final io.restassured.config.RestAssuredConfig SLOW = io.restassured.RestAssured.config()
            .httpClient(io.restassured.config.HttpClientConfig.httpClientConfig()
                    .setParam("http.socket.timeout", 900_000).setParam("http.connection.timeout", 60_000));

    @Inject
    TestCaseFiles caseFiles;

    @Test
    void aBundleOfTwelveHundredCertificatesIsStoredAndLinted() {
        caseFiles.user("bulkreviewer", "reviewer");
        StringBuilder bundle = new StringBuilder();
        for (int i = 0; i < CERTIFICATES; i++) {
            bundle.append(TestPki.certificate().dnsNames("host" + i + ".bulk.example")
                    .notBefore(java.time.Instant.parse("2016-01-04T00:00:00Z").plusSeconds(3600L * i).toString()).pem());
        }
        byte[] body = bundle.toString().getBytes(StandardCharsets.US_ASCII);
        long before = caseFiles.certificateCount();

        long started = System.nanoTime();
        given().config(SLOW).auth().preemptive().basic("bulkreviewer", "bulkreviewer-pw").contentType("application/x-pem-file").body(body)
                .post("/api/certificates").then().statusCode(200).body("certificates", hasSize(CERTIFICATES)).body("rejected", hasSize(0));
        double storeSeconds = (System.nanoTime() - started) / 1e9;
        assertEquals(before + CERTIFICATES, caseFiles.certificateCount());

        started = System.nanoTime();
        given().config(SLOW).contentType("application/x-pem-file").body(body).post("/api/lint").then().statusCode(200)
                .body("certificates", hasSize(CERTIFICATES));
        double lintSeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("Large bundle: %d certificates, %d bytes of PEM: stored in %.1f s (%.0f/s), linted in %.1f s (%.0f/s)%n",
                CERTIFICATES, body.length, storeSeconds, CERTIFICATES / storeSeconds, lintSeconds, CERTIFICATES / lintSeconds);
    }
}
