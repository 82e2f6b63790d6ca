package org.casebook.evidence.corpus;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.casebook.analysis.corpus.CaJurisdiction;
import org.casebook.analysis.corpus.CorpusCertificate;
import org.casebook.analysis.corpus.CorpusLookup;

/**
 * A {@link CorpusLookup} that asks each distinct question once, for one batch of certificates checked together in
 * one transaction and one thread. The certificates of a bundle mostly share their issuer, so the questions about the
 * issuer (its certificate and CA, its serials, its notAfter templates) are the same for all of them. Use it only
 * where nothing is stored while the batch runs (a lint request): then every answer is the one the database gives.
 */
public final class MemoizedCorpusLookup implements CorpusLookup {

    private final CorpusLookup corpus;
    private final Map<List<Object>, Object> answers = new HashMap<>();

    public MemoizedCorpusLookup(CorpusLookup corpus) {
        this.corpus = corpus;
    }

    @SuppressWarnings("unchecked")
    private <T> T once(List<Object> question, Supplier<T> ask) {
        Object known = answers.get(question);
        if (known == null) {
            known = ask.get();
            answers.put(question, known);
        }
        return (T) known;
    }

    @Override
    public List<CorpusCertificate> withIssuerAndSerial(String issuerNameHash, String serialHex) {
        return once(List.of("issuerAndSerial", issuerNameHash, serialHex), () -> corpus.withIssuerAndSerial(issuerNameHash, serialHex));
    }

    @Override
    public List<CorpusCertificate> withSubjectAndKey(String subjectNameHash, String spkiSha256) {
        return once(List.of("subjectAndKey", subjectNameHash, spkiSha256), () -> corpus.withSubjectAndKey(subjectNameHash, spkiSha256));
    }

    @Override
    public List<CorpusCertificate> withSubject(String subjectNameHash, int limit) {
        return once(List.of("subject", subjectNameHash, limit), () -> corpus.withSubject(subjectNameHash, limit));
    }

    @Override
    public List<Instant> notBeforesExpiringAt(String issuerNameHash, Instant notAfter, int limit) {
        return once(List.of("notBeforesExpiringAt", issuerNameHash, notAfter, limit), () -> corpus.notBeforesExpiringAt(issuerNameHash, notAfter, limit));
    }

    @Override
    public Optional<Integer> widestSerialBits(String issuerNameHash) {
        return once(List.of("widestSerialBits", issuerNameHash), () -> corpus.widestSerialBits(issuerNameHash));
    }

    @Override
    public int countSerialsOfBits(String issuerNameHash, int minBits, int maxBits, int limit) {
        return once(List.of("countSerialsOfBits", issuerNameHash, minBits, maxBits, limit),
                () -> corpus.countSerialsOfBits(issuerNameHash, minBits, maxBits, limit));
    }

    @Override
    public Optional<CaJurisdiction> ca(String slug) {
        return once(List.of("ca", slug), () -> corpus.ca(slug));
    }

    @Override
    public Optional<CaJurisdiction> caOfEvidence(String sha256) {
        return once(List.of("caOfEvidence", sha256), () -> corpus.caOfEvidence(sha256));
    }
}
