package org.casebook.evidence.corpus;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.corpus.CaJurisdiction;
import org.casebook.analysis.corpus.CorpusCertificate;
import org.casebook.analysis.corpus.CorpusKeys;
import org.casebook.analysis.corpus.CorpusLookup;

/**
 * A {@link CorpusLookup} that asks each distinct question once, for one batch of certificates checked together in
 * one transaction and one thread. The certificates of a bundle mostly share their issuer, so the questions about the
 * issuer (its certificate and CA, its serials, its notAfter templates) are the same for all of them. Use it only
 * where nothing the questions read is stored while the batch runs: a lint request, or a refresh of stored corpus
 * findings after its arrivals were flushed (a hundred copies of one serial then read the same rows once).
 * {@link #prefetch} asks the questions about each certificate itself (its serial, its subject and key, its
 * notAfter, its evidence links) for the whole batch in one query each.
 */
public final class MemoizedCorpusLookup implements CorpusLookup {

    private final PanacheCorpusLookup corpus;
    private final Map<List<Object>, Object> answers = new HashMap<>();
    /** Every notBefore (repeats kept) of certificates from an issuer name that expire at an instant, by (issuer, notAfter). */
    private final Map<List<Object>, List<Instant>> allNotBefores = new HashMap<>();

    public MemoizedCorpusLookup(PanacheCorpusLookup corpus) {
        this.corpus = corpus;
    }

    /** Asks the batch's per-certificate questions in a few queries; a question whose batch reads too many rows is left to be asked alone. */
    public void prefetch(List<CertificateView> views) {
        Map<String, Set<String>> serialsByIssuer = new LinkedHashMap<>();
        Map<String, Set<Instant>> notAftersByIssuer = new LinkedHashMap<>();
        Set<String> subjects = new LinkedHashSet<>();
        Set<String> keys = new LinkedHashSet<>();
        Set<String> pairs = new LinkedHashSet<>();
        Set<String> sha256s = new LinkedHashSet<>();
        for (CertificateView view : views) {
            String issuer = CorpusKeys.issuerNameHash(view);
            serialsByIssuer.computeIfAbsent(issuer, i -> new LinkedHashSet<>()).add(view.serialHex());
            notAftersByIssuer.computeIfAbsent(issuer, i -> new LinkedHashSet<>()).add(view.notAfter());
            String subject = CorpusKeys.subjectNameHash(view);
            String key = CorpusKeys.spkiSha256(view);
            subjects.add(subject);
            keys.add(key);
            pairs.add(subject + " " + key);
            sha256s.add(view.sha256Hex());
        }
        serialsByIssuer.forEach((issuer, serials) -> corpus.withIssuerAndSerials(issuer, serials).ifPresent(bySerial ->
                bySerial.forEach((serial, matches) -> answers.put(List.of("issuerAndSerial", issuer, serial), matches))));
        corpus.withSubjectsAndKeys(subjects, keys, pairs).ifPresent(byPair -> byPair.forEach((pair, matches) -> {
            String[] subjectAndKey = pair.split(" ", 2);
            answers.put(List.of("subjectAndKey", subjectAndKey[0], subjectAndKey[1]), matches);
        }));
        notAftersByIssuer.forEach((issuer, notAfters) -> corpus.notBeforesExpiringAtEach(issuer, notAfters).ifPresent(byNotAfter ->
                byNotAfter.forEach((notAfter, notBefores) -> allNotBefores.put(List.of(issuer, notAfter), notBefores))));
        prefetchEvidence(sha256s);
    }

    /** Asks {@link #caOfEvidence} for all these certificates (by SHA-256) in one query (unless it would read too many rows). */
    public void prefetchEvidence(Collection<String> sha256s) {
        corpus.casOfEvidence(sha256s).ifPresent(bySha256 -> sha256s.forEach(sha256 ->
                answers.put(List.of("caOfEvidence", sha256), Optional.ofNullable(bySha256.get(sha256)))));
    }

    /** An answer found otherwise ({@link BatchQuestions}), under the question as {@link #once} keys it. */
    void know(List<Object> question, Object answer) {
        answers.put(question, answer);
    }

    /** Every notBefore (repeats kept) of the certificates from this issuer name expiring at this instant. */
    void knowNotBefores(String issuerNameHash, Instant notAfter, List<Instant> notBefores) {
        allNotBefores.put(List.of(issuerNameHash, notAfter), notBefores);
    }

    /** Asks {@link #withSubject} with this limit for all these subject names in one query (unless it would read too many rows). */
    public void prefetchSubjects(java.util.Collection<String> subjectNameHashes, int limit) {
        if (subjectNameHashes.isEmpty() || limit <= 0) {
            return;
        }
        corpus.withSubjects(subjectNameHashes, limit).ifPresent(bySubject ->
                bySubject.forEach((subject, matches) -> answers.put(List.of("subject", subject, limit), matches)));
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
        List<Instant> all = allNotBefores.get(List.of(issuerNameHash, notAfter));
        if (all != null && all.size() < limit) {
            // every row is known and fewer than the limit: the distinct values are what the query gives
            return all.stream().distinct().toList();
        }
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
