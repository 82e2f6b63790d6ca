package org.casebook.evidence.corpus;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casebook.analysis.corpus.CaJurisdiction;
import org.casebook.analysis.corpus.CorpusCertificate;
import org.casebook.analysis.corpus.CorpusLookup;

/**
 * The corpus as one refresh of stored corpus findings sees it: each question asked of the database once, however
 * many of the certificates refreshed together ask it (a hundred copies of one serial all read the same rows).
 * For one transaction, after the certificates it stores were flushed.
 */
public final class RefreshLookup implements CorpusLookup {

    private final CorpusLookup database;
    private final Map<String, List<CorpusCertificate>> sameSerial = new HashMap<>();
    private final Map<String, List<CorpusCertificate>> sameSubjectAndKey = new HashMap<>();
    private final Map<String, List<CorpusCertificate>> sameSubject = new HashMap<>();
    private int queries;

    public RefreshLookup(CorpusLookup database) {
        this.database = database;
    }

    /** Questions that went to the database. */
    public int queries() {
        return queries;
    }

    @Override
    public List<CorpusCertificate> withIssuerAndSerial(String issuerNameHash, String serialHex) {
        return sameSerial.computeIfAbsent(issuerNameHash + "/" + serialHex, k -> {
            queries++;
            return database.withIssuerAndSerial(issuerNameHash, serialHex);
        });
    }

    @Override
    public List<CorpusCertificate> withSubjectAndKey(String subjectNameHash, String spkiSha256) {
        return sameSubjectAndKey.computeIfAbsent(subjectNameHash + "/" + spkiSha256, k -> {
            queries++;
            return database.withSubjectAndKey(subjectNameHash, spkiSha256);
        });
    }

    @Override
    public List<CorpusCertificate> withSubject(String subjectNameHash, int limit) {
        return sameSubject.computeIfAbsent(subjectNameHash + "/" + limit, k -> {
            queries++;
            return database.withSubject(subjectNameHash, limit);
        });
    }

    @Override
    public List<Instant> notBeforesExpiringAt(String issuerNameHash, Instant notAfter, int limit) {
        queries++;
        return database.notBeforesExpiringAt(issuerNameHash, notAfter, limit);
    }

    @Override
    public Optional<Integer> widestSerialBits(String issuerNameHash) {
        queries++;
        return database.widestSerialBits(issuerNameHash);
    }

    @Override
    public int countSerialsOfBits(String issuerNameHash, int minBits, int maxBits, int limit) {
        queries++;
        return database.countSerialsOfBits(issuerNameHash, minBits, maxBits, limit);
    }

    @Override
    public Optional<CaJurisdiction> ca(String slug) {
        return database.ca(slug);
    }

    @Override
    public Optional<CaJurisdiction> caOfEvidence(String sha256) {
        return database.caOfEvidence(sha256);
    }
}
