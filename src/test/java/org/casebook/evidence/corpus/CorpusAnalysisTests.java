package org.casebook.evidence.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintMetadata;
import org.casebook.analysis.corpus.CorpusFinding;
import org.casebook.analysis.corpus.CorpusKeys;
import org.casebook.evidence.StoredCertificate;
import org.casebook.evidence.service.CorpusAnalysis;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;

/** The corpus checks against the database, through the CorpusAnalysis bean the upload code calls. */
@QuarkusTest
class CorpusAnalysisTests {

    @Inject
    CorpusAnalysis analysis;

    @Inject
    PanacheCorpusLookup lookup;

    @Inject
    CorpusTestStore store;

    @Inject
    org.casebook.support.TestCaseFiles caseFiles;

    private static Map<String, CorpusFinding> byCode(List<CorpusFinding> findings) {
        return findings.stream().collect(Collectors.toMap(CorpusFinding::code, f -> f));
    }

    @Test
    void duplicateSerialsThirtySevenSecondsApartAreFoundOnFile() {
        TestPki.CertBuilder leaf = TestPki.certificate().issuer("C=CN,O=DB Test,CN=Duplicate Serial CA").serial("0DB1D0");
        CertificateView first = leaf.subject("CN=first.example").notBefore("2015-05-12T08:00:00Z").view();
        CertificateView second = leaf.subject("CN=second.example").notBefore("2015-05-12T08:00:37Z").view();
        store.store(first, second);

        CorpusFinding finding = byCode(analysis.check(second, null)).get("e_duplicate_serial_same_issuer");
        assertTrue(finding != null && finding.message().contains(first.sha256Hex()) && finding.message().contains("37 seconds"),
                String.valueOf(finding));
        assertEquals("error", finding.severity().code());

        CertificateView third = leaf.subject("CN=third.example").notBefore("2015-05-13T08:00:00Z").view();
        String unstored = byCode(analysis.check(third, null)).get("e_duplicate_serial_same_issuer").message();
        assertTrue(unstored.contains("2 other certificates"), unstored);
    }

    @Test
    void precertificateAndFinalOnFileAreNotDuplicates() {
        byte[][] pair = TestPki.certificate().issuer("C=CN,O=DB Test,CN=Precertificate CA").serial("0DB1D1")
                .notBefore("2016-03-01T00:00:00Z").precertificateAndFinal(Instant.parse("2016-03-01T00:04:00Z"));
        CertificateView pre = view(pair[0]);
        CertificateView fin = view(pair[1]);
        store.store(pre, fin);
        assertTrue(!byCode(analysis.check(fin, null)).containsKey("e_duplicate_serial_same_issuer"));
        assertTrue(!byCode(analysis.check(pre, null)).containsKey("e_duplicate_serial_same_issuer"));
    }

    @Test
    void certificatesStoredEarlierInTheSameTransactionAreSeen() {
        TestPki.CertBuilder leaf = TestPki.certificate().issuer("C=CN,O=DB Test,CN=Same Transaction CA").serial("0DB1D2");
        CertificateView first = leaf.subject("CN=one.example").view();
        CertificateView second = leaf.subject("CN=two.example").notBefore("2016-06-01T00:01:00Z").view();
        List<CorpusFinding> findings = store.inTransaction(() -> {
            store.storeAndCheck(first);
            return store.storeAndCheck(second);
        });
        assertTrue(byCode(findings).containsKey("e_duplicate_serial_same_issuer"), findings.toString());
    }

    @Test
    void nonWorkingDayIsReadInTheJurisdictionOfTheFiledCaOrTheStoredIssuersCa() {
        store.ca("corpus-cn", "Corpus Test CN", "CN", "Asia/Shanghai");
        String issuerName = "C=CN,O=Corpus Test CN,CN=Corpus Test CN Issuing CA";
        CertificateView issuer = TestPki.certificate().selfSignedRoot(issuerName).subjectKey(TestPki.ecP256Key()).view();
        store.storeForCa(issuer, "corpus-cn");

        CertificateView sunday = TestPki.certificate().issuer(issuerName).issuerKey(TestPki.ecP256Key()).notBefore("2015-12-20T02:00:00Z").view();
        CorpusFinding notice = byCode(analysis.check(sunday, null)).get("n_notbefore_on_non_working_day");
        assertTrue(notice != null && notice.message().contains("a Sunday"), String.valueOf(notice));
        assertEquals("notice", notice.severity().code());

        CertificateView workingSunday = TestPki.certificate().issuer(issuerName).issuerKey(TestPki.ecP256Key()).notBefore("2015-09-06T02:00:00Z").view();
        assertTrue(!byCode(analysis.check(workingSunday, null)).containsKey("n_notbefore_on_non_working_day"));

        CertificateView holiday = TestPki.certificate().issuer("C=US,O=Unrelated,CN=Unrelated CA").notBefore("2015-10-01T02:00:00Z").view();
        assertTrue(!byCode(analysis.check(holiday, null)).containsKey("n_notbefore_on_non_working_day"), "no CA known");
        assertTrue(byCode(analysis.check(holiday, "corpus-cn")).get("n_notbefore_on_non_working_day").message().contains("National Day"));
    }

    @Test
    void aStoredEvidenceCertificateIsReadInTheJurisdictionOfItsIssuesCa() {
        caseFiles.createCa("corpus-evidence", "Corpus Evidence CA");
        CertificateView holiday = TestPki.certificate().issuer("C=US,O=Unrelated,CN=Evidence Test Issuer").notBefore("2015-10-01T02:00:00Z").view();
        store.store(holiday);
        assertTrue(!byCode(analysis.check(holiday, null)).containsKey("n_notbefore_on_non_working_day"));
        store.linkEvidence(holiday.sha256Hex(), "corpus-evidence", "H");
        String message = byCode(analysis.check(holiday, null)).get("n_notbefore_on_non_working_day").message();
        assertTrue(message.contains("Corpus Evidence CA") && message.contains("National Day"), message);
    }

    @Test
    void fixedNotAfterIsFoundByIssuerAndNotAfter() {
        String issuerName = "C=CN,O=DB Test,CN=Template CA";
        Instant start = Instant.parse("2015-11-02T03:00:00Z");
        for (int i = 0; i < 9; i++) {
            store.store(TestPki.certificate().issuer(issuerName).validity(start.plus(i, ChronoUnit.DAYS).toString(), "2016-12-31T15:59:59Z").view());
        }
        CertificateView tenth = TestPki.certificate().issuer(issuerName).validity("2015-12-20T03:00:00Z", "2016-12-31T15:59:59Z").view();
        assertTrue(byCode(analysis.check(tenth, null)).containsKey("n_fixed_notafter_template"));
        CertificateView other = TestPki.certificate().issuer(issuerName).validity("2015-12-20T03:00:00Z", "2017-12-31T15:59:59Z").view();
        assertTrue(!byCode(analysis.check(other, null)).containsKey("n_fixed_notafter_template"));
    }

    @Test
    void crossSignedRootIsFoundBySubjectAndKey() {
        String root = "C=CN,O=DB Test,CN=Cross Signed Root";
        CertificateView selfSigned = TestPki.certificate().selfSignedRoot(root).subjectKey(TestPki.ecP256Key()).view();
        CertificateView cross = TestPki.certificate().ca().subject(root).subjectKey(TestPki.ecP256Key())
                .issuer("C=IL,O=DB Test Other,CN=Other Root").view();
        store.store(selfSigned, cross);
        assertTrue(byCode(analysis.check(selfSigned, null)).get("n_cross_signature").message().contains("Other Root"));
        CertificateView unrelated = TestPki.certificate().selfSignedRoot("C=CN,O=DB Test,CN=Lonely Root").view();
        assertTrue(!byCode(analysis.check(unrelated, null)).containsKey("n_cross_signature"));
    }

    @Test
    void sixtyThreeBitGeneratorIsFoundFromTheSerialBitsIndex() {
        String issuerName = "C=US,O=DB Test,CN=Sixty-Three Bit CA";
        for (int i = 0; i < 20; i++) {
            store.store(TestPki.certificate().issuer(issuerName).serial(TestPki.randomSerial(63)).notBefore("2018-06-01T00:00:00Z").view());
        }
        CertificateView next = TestPki.certificate().issuer(issuerName).serial(TestPki.randomSerial(63)).notBefore("2018-06-02T00:00:00Z").view();
        assertTrue(byCode(analysis.check(next, null)).containsKey("w_serial_generator_63_bits"));

        store.store(TestPki.certificate().issuer(issuerName).serial(TestPki.randomSerial(64)).notBefore("2018-06-03T00:00:00Z").view());
        assertTrue(!byCode(analysis.check(next, null)).containsKey("w_serial_generator_63_bits"), "one 64-bit serial on file ends it");
        assertEquals(64, lookup.widestSerialBits(CorpusKeys.nameHash(new org.bouncycastle.asn1.x500.X500Name(issuerName))).orElseThrow());
    }

    @Test
    void backdatingChecksNeedNoStoredCertificates() {
        CertificateView certificate = TestPki.certificate().issuer("C=CN,O=DB Test,CN=Backdating CA").sha1()
                .notBefore("2015-12-20T06:00:00Z").embeddedScts(Instant.parse("2016-01-05T03:12:44Z")).view();
        Map<String, CorpusFinding> findings = byCode(analysis.check(certificate, null));
        assertTrue(findings.get("e_backdated_across_deadline").message().contains("e_sub_cert_or_sub_ca_using_sha1"));
        assertTrue(findings.containsKey("w_backdated_by_sct"));
    }

    @Test
    void namesTheStoredCertificatesWhoseFindingsANewOneChanges() {
        TestPki.CertBuilder leaf = TestPki.certificate().issuer("C=CN,O=DB Test,CN=Affected CA").serial("0DB1D3");
        CertificateView stored = leaf.subject("CN=stored.example").view();
        CertificateView unrelated = TestPki.certificate().issuer("C=CN,O=DB Test,CN=Affected CA").serial("0DB1D4").view();
        store.store(stored, unrelated);
        CertificateView incoming = leaf.subject("CN=incoming.example").notBefore("2016-06-02T00:00:00Z").view();
        assertEquals(List.of(stored.sha256Hex()), analysis.affectedBy(incoming));
    }

    @Test
    void listsEveryCheckForTheLintsEndpoint() {
        List<String> codes = analysis.checks().stream().map(LintMetadata::code).toList();
        assertEquals(7, codes.size());
        assertTrue(codes.contains("n_cross_signature"));
    }

    @Test
    void backfillFillsSerialBitsLeftEmpty() {
        CertificateView certificate = TestPki.certificate().issuer("C=CN,O=DB Test,CN=Backfill CA").serial(TestPki.randomSerial(63)).view();
        store.store(certificate);
        store.inTransaction(() -> StoredCertificate.update("serialBits = null where sha256 = ?1", certificate.sha256Hex()));
        SerialBitsBackfill backfill = new SerialBitsBackfill();
        int filled = store.inTransaction(backfill::fillBatch);
        assertTrue(filled >= 1);
        assertEquals(63, store.inTransaction(() -> StoredCertificate.findBySha256(certificate.sha256Hex()).orElseThrow().serialBits));
    }

    /** Each lookup query starts with an index's leading columns: H2's plan names the index, not a table scan. */
    @Test
    void lookupsUseTheIndexes() {
        assertIndex("ix_certificate_serial_issuer", "select id from certificate where issuerNameHash = 'a' and serialHex = 'B'");
        assertIndex("ix_certificate_subject_key", "select id from certificate where subjectNameHash = 'a' and spkiSha256 = 'b'");
        assertIndex("ix_certificate_subject_key", "select id from certificate where subjectNameHash = 'a'");
        assertIndex("ix_certificate_notafter_issuer",
                "select notBefore from certificate where issuerNameHash = 'a' and notAfter = timestamp with time zone '2016-12-31 15:59:59+00' limit 500");
        assertIndex("ix_certificate_issuer_serialbits",
                "select serialBits from certificate where issuerNameHash = 'a' and serialBits is not null order by serialBits desc limit 1");
        assertIndex("ix_certificate_issuer_serialbits",
                "select id from certificate where issuerNameHash = 'a' and serialBits between 57 and 63 limit 20");
    }

    private void assertIndex(String index, String sql) {
        String plan = store.explain(sql);
        if (store.postgresql()) {
            // PostgreSQL picks among the indexes that can serve a lookup by its statistics; what matters is that one
            // can, so that no lookup reads the table.
            assertTrue(plan.contains("Index") && !plan.contains("Seq Scan"), plan);
            return;
        }
        assertTrue(plan.toLowerCase().contains(index), plan);
    }

    private static CertificateView view(byte[] der) {
        try {
            return CertificateView.of(der);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
