package org.casebook.report;

import static io.restassured.RestAssured.given;

import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.casebook.evidence.corpus.CorpusTestStore;
import org.casebook.support.TestCaseFiles;
import org.casebook.testpki.TestPki;

/**
 * A small corpus of a test CA in Shanghai, built with the test PKI: its own root on file, and under it twelve
 * certificates sharing one fixed notAfter with notBefores on twelve days in a row (weekends included), three whose
 * embedded SCTs are five days younger than their notBefore, two with SCTs an hour later, and two sharing a serial.
 * The leaves are uploaded through the API as a reviewer would (so every finding is computed as on arrival), some as
 * evidence for issue F.
 */
final class ChartCorpus {

    static final String ISSUER = "CN=Chart Test Issuing CA,O=Chart Test,C=CN";
    static final Instant FIXED_NOT_AFTER = Instant.parse("2017-01-01T00:00:00Z");
    static final int TEMPLATE = 12;
    static final int BACKDATED = 3;
    static final Duration BACKDATED_BY = Duration.ofDays(5);
    static final String REVIEWER = "chartreviewer";
    static final String MANAGER = "chartmanager";

    final List<byte[]> leaves = new ArrayList<>();
    final List<byte[]> evidence = new ArrayList<>();
    String rootSha256;

    static ChartCorpus build(String slug, TestCaseFiles caseFiles, CorpusTestStore store) {
        ChartCorpus corpus = new ChartCorpus();
        caseFiles.createCa(slug, "Chart Test CA " + slug);
        caseFiles.user(REVIEWER, "reviewer");
        caseFiles.user(MANAGER, "manager");
        KeyPair key = TestPki.newRsaKey();
        var root = TestPki.certificate().selfSignedRoot(ISSUER.replace("Chart Test", "Chart Test " + slug)).subjectKey(key).issuerKey(key)
                .validity("2010-01-01T00:00:00Z", "2030-01-01T00:00:00Z").view();
        store.storeForCa(root, slug);
        corpus.rootSha256 = root.sha256Hex();
        String issuer = ISSUER.replace("Chart Test", "Chart Test " + slug);
        for (int day = 0; day < TEMPLATE; day++) {
            // 2016-03-01 was a Tuesday; 02:00Z is 10:00 in Shanghai.
            Instant notBefore = Instant.parse("2016-03-01T02:00:00Z").plus(Duration.ofDays(day));
            corpus.add(TestPki.certificate().issuer(issuer).issuerKey(key).subject("CN=t" + day + "." + slug + ".example")
                    .dnsNames("t" + day + "." + slug + ".example").validity(notBefore.toString(), FIXED_NOT_AFTER.toString()).der(), day < 4);
        }
        for (int i = 0; i < BACKDATED; i++) {
            Instant notBefore = Instant.parse("2016-06-01T01:00:00Z").plus(Duration.ofHours(i));
            corpus.add(TestPki.certificate().issuer(issuer).issuerKey(key).subject("CN=b" + i + "." + slug + ".example")
                    .dnsNames("b" + i + "." + slug + ".example").validity(notBefore.toString(), notBefore.plus(Duration.ofDays(365)).toString())
                    .embeddedScts(notBefore.plus(BACKDATED_BY)).der(), true);
        }
        for (int i = 0; i < 2; i++) {
            Instant notBefore = Instant.parse("2016-07-04T03:00:00Z").plus(Duration.ofDays(i));
            corpus.add(TestPki.certificate().issuer(issuer).issuerKey(key).subject("CN=s" + i + "." + slug + ".example")
                    .dnsNames("s" + i + "." + slug + ".example").validity(notBefore.toString(), notBefore.plus(Duration.ofDays(365)).toString())
                    .embeddedScts(notBefore.plus(Duration.ofHours(1))).der(), false);
        }
        for (int i = 0; i < 2; i++) {
            Instant notBefore = Instant.parse("2016-08-01T03:00:00Z").plusSeconds(37L * i);
            corpus.add(TestPki.certificate().issuer(issuer).issuerKey(key).serial("7E1D2C3B4A5968776655443322110099")
                    .subject("CN=d" + i + "." + slug + ".example").dnsNames("d" + i + "." + slug + ".example")
                    .validity(notBefore.toString(), notBefore.plus(Duration.ofDays(365)).toString()).der(), false);
        }
        for (byte[] der : corpus.evidence) {
            upload(der, slug, "F");
        }
        for (byte[] der : corpus.leaves) {
            if (!corpus.evidence.contains(der)) {
                upload(der, null, null);
            }
        }
        return corpus;
    }

    private void add(byte[] der, boolean asEvidence) {
        leaves.add(der);
        if (asEvidence) {
            evidence.add(der);
        }
    }

    static void upload(byte[] der, String slug, String letter) {
        var request = given().auth().preemptive().basic(REVIEWER, REVIEWER + "-pw").contentType("application/pkix-cert").body(der);
        if (slug != null) {
            request.queryParam("ca", slug).queryParam("issue", letter);
        }
        request.post("/api/certificates").then().statusCode(200);
    }

    static String sha256(byte[] der) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(der));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
