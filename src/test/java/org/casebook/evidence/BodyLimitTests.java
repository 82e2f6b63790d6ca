package org.casebook.evidence;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Bodies over casebook.upload.max-request-bytes (8 MiB) but over Quarkus' default body limit (10 MiB) too
 * still get Casebook's JSON 413, not an empty one from the HTTP layer.
 */
@QuarkusTest
class BodyLimitTests {

    private static byte[] bytes(int size) {
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) 'A');
        return body;
    }

    @Test
    void rawBodyAboveQuarkusDefaultGetsCasebooksJson413() {
        given().contentType("text/plain").body(bytes(11 * 1024 * 1024)).post("/api/lint").then().statusCode(413)
                .contentType("application/json")
                .body("error", equalTo("request too large"))
                .body("detail", containsString("8388608"));
    }

    @Test
    void multipartBodyAboveQuarkusDefaultGetsCasebooksJson413() {
        given().multiPart("file", "big.pem", bytes(11 * 1024 * 1024)).post("/api/lint").then().statusCode(413)
                .contentType("application/json")
                .body("error", equalTo("request too large"));
    }
}
