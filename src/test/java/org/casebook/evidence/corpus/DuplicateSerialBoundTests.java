package org.casebook.evidence.corpus;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.corpus.CorpusWork;
import org.casebook.support.TestCaseFiles;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, item 5: copies of one certificate with a byte of the signature flipped (same issuer and serial, each its
 * own SHA-256, no key identifiers, the issuer's certificate on file) made the duplicate-serial check verify signatures
 * for every pair. Storing N of them now costs a bounded number of verifications and corpus rows per certificate.
 */
@QuarkusTest
class DuplicateSerialBoundTests {

    static final String REVIEWER = "flipreviewer";
    static final int COPIES = 60;

    @Inject
    TestCaseFiles caseFiles;

    @Test
    void signatureFlippedCopiesCostBoundedVerificationsAndRowsEach() {
        caseFiles.user(REVIEWER, "reviewer");
        KeyPair issuerKey = TestPki.newRsaKey();
        String issuer = "C=CN,O=Flipped,CN=Flipped Copies Issuing CA";
        upload(List.of(TestPki.certificate().selfSignedRoot(issuer).subjectKey(issuerKey).der()));
        byte[] original = TestPki.certificate().issuer(issuer).issuerKey(issuerKey).without(Extension.authorityKeyIdentifier)
                .serial("0F11FFED0F11FFED").subject("CN=flipped.example").dnsNames("flipped.example").der();

        long verificationsBefore = CorpusWork.verifications();
        long rowsBefore = CorpusWork.corpusRowsRead();
        List<Map<String, Object>> last = List.of();
        for (int i = 0; i < COPIES; i += 5) {
            List<byte[]> bundle = new java.util.ArrayList<>();
            for (int j = i; j < i + 5; j++) {
                byte[] copy = original.clone();
                copy[copy.length - 1 - j] ^= 0x01; // inside the RSA signature, the last octets of the certificate
                bundle.add(copy);
            }
            last = upload(bundle);
        }
        long verifications = CorpusWork.verifications() - verificationsBefore;
        long rows = CorpusWork.corpusRowsRead() - rowsBefore;
        // Each copy is verified once against the issuer key on file; every pair compared after that is remembered.
        assertTrue(verifications <= 2L * COPIES, verifications + " signature verifications for " + COPIES + " copies");
        // Rows: each upload reads the serial's rows once for all its certificates (and for those it refreshes).
        assertTrue(rows <= 25L * COPIES, rows + " corpus rows read for " + COPIES + " copies");

        // Still duplicates of each other: the last copy names the other 59.
        @SuppressWarnings("unchecked")
        List<Map<String, String>> findings = (List<Map<String, String>>) last.get(last.size() - 1).get("findings");
        String duplicate = findings.stream().filter(f -> f.get("code").equals("e_duplicate_serial_same_issuer")).findFirst()
                .orElseThrow().get("message");
        assertTrue(duplicate.contains("is also on " + (COPIES - 1) + " other certificates"), duplicate);
        String first = given().get("/api/certificates/" + sha256(original, 0)).then().statusCode(200).extract().asString();
        assertTrue(first.contains("is also on " + (COPIES - 1) + " other certificates"), "the first copy's stored finding was refreshed");
    }

    private static String sha256(byte[] original, int j) {
        byte[] copy = original.clone();
        copy[copy.length - 1 - j] ^= 0x01;
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(copy));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Map<String, Object>> upload(List<byte[]> bundle) {
        StringBuilder pem = new StringBuilder();
        bundle.forEach(der -> pem.append(TestPki.toPem(der)));
        return given().auth().preemptive().basic(REVIEWER, REVIEWER + "-pw").contentType("application/x-pem-file").body(pem.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .post("/api/certificates").then().statusCode(200).extract().jsonPath().getList("certificates");
    }
}
