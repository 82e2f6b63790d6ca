package org.casebook.evidence.corpus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casebook.analysis.corpus.CaJurisdiction;
import org.casebook.analysis.corpus.CorpusCertificate;
import org.casebook.analysis.corpus.CorpusLookup;
import org.casebook.evidence.StoredCertificate;

/**
 * The lookup of a batch about to be inserted, for the question of who issued its certificates: {@link #withSubject}
 * answers with the certificates on file and then the batch's own, in the order the batch will be stored in (an import's
 * first batch brings its intermediates along with their leaves). Every other question goes to the certificates on
 * file alone.
 */
public final class WithArrivingIssuers implements CorpusLookup {

    private final CorpusLookup onFile;
    private final Map<String, List<CorpusCertificate>> arrivingBySubject = new LinkedHashMap<>();

    public WithArrivingIssuers(CorpusLookup onFile, List<StoredCertificate> arriving) {
        this.onFile = onFile;
        for (StoredCertificate c : arriving) {
            arrivingBySubject.computeIfAbsent(c.subjectNameHash, k -> new ArrayList<>()).add(PanacheCorpusLookup.toCorpus(c));
        }
    }

    @Override
    public List<CorpusCertificate> withSubject(String subjectNameHash, int limit) {
        List<CorpusCertificate> stored = onFile.withSubject(subjectNameHash, limit);
        List<CorpusCertificate> arriving = arrivingBySubject.getOrDefault(subjectNameHash, List.of());
        if (arriving.isEmpty() || stored.size() >= limit) {
            return stored;
        }
        List<CorpusCertificate> both = new ArrayList<>(stored);
        both.addAll(arriving.subList(0, Math.min(arriving.size(), limit - stored.size())));
        return both;
    }

    @Override
    public List<CorpusCertificate> withIssuerAndSerial(String issuerNameHash, String serialHex) {
        return onFile.withIssuerAndSerial(issuerNameHash, serialHex);
    }

    @Override
    public List<CorpusCertificate> withSubjectAndKey(String subjectNameHash, String spkiSha256) {
        return onFile.withSubjectAndKey(subjectNameHash, spkiSha256);
    }

    @Override
    public List<Instant> notBeforesExpiringAt(String issuerNameHash, Instant notAfter, int limit) {
        return onFile.notBeforesExpiringAt(issuerNameHash, notAfter, limit);
    }

    @Override
    public Optional<Integer> widestSerialBits(String issuerNameHash) {
        return onFile.widestSerialBits(issuerNameHash);
    }

    @Override
    public int countSerialsOfBits(String issuerNameHash, int minBits, int maxBits, int limit) {
        return onFile.countSerialsOfBits(issuerNameHash, minBits, maxBits, limit);
    }

    @Override
    public Optional<CaJurisdiction> ca(String slug) {
        return onFile.ca(slug);
    }

    @Override
    public Optional<CaJurisdiction> caOfEvidence(String sha256) {
        return onFile.caOfEvidence(sha256);
    }
}
