package org.casebook.evidence;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebook.support.TestCaseFiles;
import org.junit.jupiter.api.Test;

/** Thousands of mutated DER and PEM inputs through the upload path: never a 500, never stored garbage. */
@QuarkusTest
class MutatedUploadTests {

    static final int INPUTS = 3000;
    static final int PARTS_PER_REQUEST = 25;

    @Inject
    TestCaseFiles caseFiles;

    @Test
    void mutatedInputsNeverCauseA500OrStoreGarbage() {
        caseFiles.user("mutator", "reviewer");
        Mutations mutations = new Mutations(20160901L);
        long before = caseFiles.certificateCount();
        Set<String> newlyStored = new HashSet<>();
        int accepted = 0;
        int rejected = 0;
        int sent = 0;
        long started = System.nanoTime();
        while (sent < INPUTS) {
            Response response;
            int inThisRequest;
            if ((sent / PARTS_PER_REQUEST) % 5 == 4) {
                // Every fifth request sends one input as the raw body instead of multipart.
                byte[] input = mutations.next();
                inThisRequest = 1;
                response = reviewer().contentType("application/octet-stream").body(input).post("/api/certificates");
            } else {
                RequestSpecification request = reviewer();
                inThisRequest = Math.min(PARTS_PER_REQUEST, INPUTS - sent);
                for (int i = 0; i < inThisRequest; i++) {
                    request.multiPart("file", "mutant-" + (sent + i) + ".bin", mutations.next(), "application/octet-stream");
                }
                response = request.post("/api/certificates");
            }
            sent += inThisRequest;
            int status = response.statusCode();
            JsonPath json = response.jsonPath();
            if (status == 400) {
                assertTrue(json.getString("error") != null && json.getString("detail") != null, response.asString());
                rejected += inThisRequest;
                continue;
            }
            if (status != 200) {
                fail("status " + status + " after " + sent + " inputs: " + response.asString());
            }
            List<Map<String, Object>> certificates = json.getList("certificates");
            accepted += certificates.size();
            rejected += json.getList("rejected").size();
            for (Map<String, Object> certificate : certificates) {
                if (!(Boolean) certificate.get("alreadyOnFile")) {
                    newlyStored.add((String) certificate.get("sha256"));
                }
            }
            for (Map<String, Object> item : json.<Map<String, Object>>getList("rejected")) {
                assertTrue(item.get("reason") != null && !item.get("reason").toString().isBlank(), item.toString());
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("Mutated uploads: %d inputs, %d certificates accepted (%d new), %d items rejected, %.1f s%n",
                INPUTS, accepted, newlyStored.size(), rejected, seconds);
        assertEquals(before + newlyStored.size(), caseFiles.certificateCount(), "stored rows match the accepted new certificates");
        assertEquals(List.of(), caseFiles.storedGarbage());
        assertTrue(rejected > INPUTS / 2, "most mutations break the certificate: " + rejected);
    }

    private static RequestSpecification reviewer() {
        return given().auth().preemptive().basic("mutator", "mutator-pw");
    }
}
