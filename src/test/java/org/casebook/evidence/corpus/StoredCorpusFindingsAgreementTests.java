package org.casebook.evidence.corpus;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.security.KeyPair;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintMetadata;
import org.casebook.ca.CertificationAuthority;
import org.casebook.evidence.StoredCertificate;
import org.casebook.evidence.StoredFinding;
import org.casebook.evidence.service.CorpusAnalysis;
import org.casebook.evidence.service.CorpusRefresh;
import org.casebook.evidence.service.StoredCorpusFindings;
import org.casebook.support.TestCaseFiles;
import org.casebook.testpki.TestPki;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Stored corpus findings agree with a full recomputation: a random sequence of uploads of certificates made so that
 * every corpus check fires now and then (duplicate serials under issuers told apart by key identifiers or by
 * signatures, precertificate and final pairs, cross-signs, notAfter templates, 57-63 bit serials, SCT backdating,
 * notBefore on days off, evidence filed under CAs of three jurisdictions), and after each upload its answer, and at
 * the end every issue page and every certificate's answer, compared with the checks run against the corpus directly.
 * Certificates whose findings an upload changed but did not refresh show up as a difference.
 */
@QuarkusTest
class StoredCorpusFindingsAgreementTests {

    static final String REVIEWER = "agreereviewer";

    @Inject
    TestCaseFiles caseFiles;

    @Inject
    CorpusAnalysis analysis;

    @Inject
    StoredCorpusFindings stored;

    @Inject
    CorpusRefresh refresh;

    /** Where an upload files its certificates: a CA slug and issue letter, or nowhere. */
    record Target(String ca, String letter) {
    }

    @Test
    void uploadsInRandomOrderLeaveEveryCertificateWithTheFindingsARecomputationGives() throws Exception {
        long seed = Long.getLong("agreement.seed", 20261206L);
        Random random = new Random(seed);
        String run = Long.toHexString(seed & 0xffffff);
        caseFiles.user(REVIEWER, "reviewer");
        caseFiles.createCa("agree-cn-" + run, "Agreement CN " + run);
        caseFiles.createCa("agree-us-" + run, "Agreement US " + run);
        caseFiles.createCa("agree-de-" + run, "Agreement DE " + run);
        jurisdiction("agree-us-" + run, "US", "America/New_York");
        jurisdiction("agree-de-" + run, null, "Europe/Berlin");
        List<Target> targets = List.of(new Target(null, null), new Target("agree-cn-" + run, "H"), new Target("agree-us-" + run, "H"),
                new Target("agree-de-" + run, "F"), new Target("agree-cn-" + run, "D"));

        Corpus corpus = new Corpus(run, random);
        upload(List.of(corpus.issuerTwoRoot()), targets.get(0));
        Map<String, CertificateView> uploaded = new LinkedHashMap<>();
        for (int round = 0; round < 40; round++) {
            List<byte[]> bundle = new ArrayList<>();
            int size = 1 + random.nextInt(5);
            while (bundle.size() < size) {
                bundle.addAll(corpus.next());
            }
            if (!uploaded.isEmpty() && random.nextInt(4) == 0) {
                // one already on file, filed again (perhaps under another CA)
                bundle.add(new ArrayList<>(uploaded.values()).get(random.nextInt(uploaded.size())).der());
            }
            Target target = targets.get(random.nextInt(targets.size()));
            List<Map<String, Object>> answer = upload(bundle, target);
            for (Map<String, Object> certificate : answer) {
                CertificateView view = CertificateView.of(bundle.get((Integer) certificate.get("index")));
                uploaded.putIfAbsent(view.sha256Hex(), view);
                assertEquals(recomputed(view, target.ca()), corpusPart(certificate), "seed " + seed + ", round " + round
                        + ": upload answer for " + view.sha256Hex());
            }
        }
        assertTrue(refresh.awaitQuiet(60_000), "the background refresh settles");
        assertTrue(stored.statisticsComplete());
        // Reads below come from stored findings, not from the fallback that recomputes stale ones.
        for (String sha256 : uploaded.keySet()) {
            assertEquals(stored.fingerprint(), QuarkusTransaction.requiringNew().call(
                    () -> StoredCertificate.findBySha256(sha256).orElseThrow().corpusVersion), sha256);
        }

        Set<String> fired = new TreeSet<>();
        for (Target target : targets.subList(1, targets.size())) {
            Document page = Jsoup.parse(given().get("/cas/" + target.ca() + "/issues/" + target.letter()).then().statusCode(200).extract().asString());
            for (Element row : page.select("table.evidence tbody tr")) {
                String sha256 = row.selectFirst("a[href^=/certificates/]").attr("href").substring("/certificates/".length());
                CertificateView view = uploaded.get(sha256);
                List<String> shown = row.select(".finding").eachText().stream().filter(corpusCodes()::contains).sorted().toList();
                List<String> expected = recomputed(view, target.ca()).stream().map(f -> f.split("\\|")[0]).sorted().toList();
                fired.addAll(expected);
                assertEquals(expected, shown, "seed " + seed + ": issue page " + target + ", certificate " + sha256);
            }
        }
        for (CertificateView view : uploaded.values()) {
            Map<String, Object> answer = given().get("/api/certificates/" + view.sha256Hex()).then().statusCode(200).extract().jsonPath().getMap("");
            List<String> expected = recomputed(view, null);
            expected.forEach(f -> fired.add(f.split("\\|")[0]));
            assertEquals(expected, corpusPart(answer), "seed " + seed + ": GET /api/certificates/" + view.sha256Hex());
        }
        // The sequence exercised the checks whose stored findings change as others arrive.
        assertTrue(fired.containsAll(List.of("e_duplicate_serial_same_issuer", "n_cross_signature", "n_notbefore_on_non_working_day",
                "w_backdated_by_sct", "e_backdated_across_deadline", "n_fixed_notafter_template", "w_serial_generator_63_bits")), "seed " + seed + ": " + fired);
    }

    private Set<String> corpusCodes() {
        Set<String> codes = new LinkedHashSet<>();
        analysis.checks().stream().map(LintMetadata::code).forEach(codes::add);
        return codes;
    }

    /** The corpus findings the checks give now, as "code|severity|message", in the order answers list them. */
    private List<String> recomputed(CertificateView view, String caSlug) {
        List<StoredFinding> findings = new ArrayList<>();
        analysis.check(view, caSlug).forEach(f -> findings.add(new StoredFinding(f.code(), f.severity().code(),
                f.message() == null ? f.check().description() : f.message(), f.citation())));
        findings.sort(org.casebook.evidence.service.CertificateLints.BY_SEVERITY);
        return findings.stream().map(f -> f.code + "|" + f.severity + "|" + f.message).toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> corpusPart(Map<String, Object> certificate) {
        Set<String> codes = corpusCodes();
        return ((List<Map<String, String>>) certificate.get("findings")).stream().filter(f -> codes.contains(f.get("code")))
                .map(f -> f.get("code") + "|" + f.get("severity") + "|" + f.get("message")).toList();
    }

    private List<Map<String, Object>> upload(List<byte[]> bundle, Target target) {
        StringBuilder pem = new StringBuilder();
        bundle.forEach(der -> pem.append(TestPki.toPem(der)));
        var request = given().auth().preemptive().basic(REVIEWER, REVIEWER + "-pw").contentType("application/x-pem-file").body(pem.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        if (target.ca() != null) {
            request = request.queryParam("ca", target.ca()).queryParam("issue", target.letter());
        }
        return request.post("/api/certificates").then().statusCode(200).extract().jsonPath().getList("certificates");
    }

    private static void jurisdiction(String slug, String country, String timeZone) {
        QuarkusTransaction.requiringNew().run(() -> {
            CertificationAuthority ca = CertificationAuthority.findBySlug(slug).orElseThrow();
            ca.country = country;
            ca.timeZone = timeZone;
        });
    }

    /** Makes the certificates: a few issuers, small pools of serials, subjects and notAfter instants, so that checks fire. */
    static final class Corpus {
        private final Random random;
        private final String issuerOne;
        private final String issuerTwo;
        private final String issuerSerials;
        private final KeyPair keyOne = TestPki.newRsaKey();
        private final KeyPair keyTwo = TestPki.newRsaKey();
        private final KeyPair keyTwoOther = TestPki.newRsaKey();
        private final KeyPair rootKey = TestPki.ecP256Key();
        private final String crossRoot;
        private final List<BigInteger> serials = new ArrayList<>();
        private final Map<String, Instant> templates = new HashMap<>();
        private int made;

        Corpus(String run, Random random) {
            this.random = random;
            issuerOne = "C=CN,O=Agreement " + run + ",CN=Agreement Issuer One";
            issuerTwo = "C=CN,O=Agreement " + run + ",CN=Agreement Issuer Two";
            issuerSerials = "C=US,O=Agreement " + run + ",CN=Agreement Sixty-Three Bit Issuer";
            crossRoot = "C=CN,O=Agreement " + run + ",CN=Agreement Cross Root";
            for (int i = 0; i < 3; i++) {
                serials.add(new BigInteger(72, random).setBit(71));
            }
            templates.put("a", Instant.parse("2017-06-30T15:59:59Z"));
            templates.put("b", Instant.parse("2017-12-31T15:59:59Z"));
        }

        /** Issuer Two's own certificate: its certificates carry no key identifiers, so signatures tell its keys apart. */
        byte[] issuerTwoRoot() {
            return TestPki.certificate().selfSignedRoot(issuerTwo).subjectKey(keyTwo).der();
        }

        /** The next certificate (or precertificate and final pair). */
        List<byte[]> next() {
            made++;
            Instant notBefore = Instant.parse("2016-01-01T01:00:00Z").plus(random.nextInt(330), ChronoUnit.DAYS)
                    .plus(random.nextInt(20), ChronoUnit.HOURS);
            Instant notAfter = random.nextBoolean() ? templates.get(random.nextBoolean() ? "a" : "b") : notBefore.plus(365, ChronoUnit.DAYS);
            String subject = "CN=host" + made + ".agreement.example";
            int kind = random.nextInt(10);
            TestPki.CertBuilder leaf = TestPki.certificate().subject(subject).dnsNames("host" + made + ".agreement.example")
                    .validity(notBefore.toString(), notAfter.toString());
            switch (kind) {
                case 0, 1 -> leaf.issuer(issuerOne).issuerKey(keyOne).serial(serials.get(random.nextInt(serials.size())));
                case 2 -> leaf.issuer(issuerTwo).issuerKey(random.nextBoolean() ? keyTwo : keyTwoOther)
                        .without(Extension.authorityKeyIdentifier).serial(serials.get(random.nextInt(serials.size())));
                case 3 -> {
                    Instant sct = notBefore.plus(random.nextBoolean() ? 1 : 5, ChronoUnit.DAYS);
                    byte[][] pair = leaf.issuer(issuerOne).issuerKey(keyOne).serial(serials.get(random.nextInt(serials.size())))
                            .precertificateAndFinal(sct);
                    return random.nextBoolean() ? List.of(pair[0], pair[1]) : List.of(random.nextBoolean() ? pair[0] : pair[1]);
                }
                case 4 -> {
                    if (random.nextBoolean()) {
                        return List.of(TestPki.certificate().selfSignedRoot(crossRoot).subjectKey(rootKey)
                                .validity("2015-0" + (1 + random.nextInt(9)) + "-01T00:00:00Z", "2030-01-01T00:00:00Z").der());
                    }
                    return List.of(TestPki.certificate().ca().subject(crossRoot).subjectKey(rootKey).issuer(random.nextBoolean() ? issuerOne : issuerTwo)
                            .issuerKey(keyOne).validity(notBefore.toString(), "2030-01-01T00:00:00Z").der());
                }
                case 5, 6 -> leaf.issuer(issuerSerials).issuerKey(keyOne)
                        .serial(made > 90 && random.nextInt(8) == 0 ? TestPki.randomSerial(64) : TestPki.randomSerial(57 + random.nextInt(7)));
                case 7 -> leaf.issuer(issuerOne).issuerKey(keyOne).sha1().validity("2015-12-" + (10 + random.nextInt(20)) + "T06:00:00Z", "2016-12-31T15:59:59Z")
                        .embeddedScts(Instant.parse("2016-01-0" + (2 + random.nextInt(7)) + "T03:12:44Z"));
                default -> leaf.issuer(random.nextBoolean() ? issuerOne : issuerTwo).issuerKey(random.nextBoolean() ? keyOne : keyTwo);
            }
            return List.of(leaf.der());
        }
    }
}
