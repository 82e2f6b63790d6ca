package org.casebook.evidence.corpus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.corpus.CorpusCertificate;
import org.casebook.analysis.corpus.CorpusKeys;
import org.casebook.evidence.StoredCertificate;

/**
 * The questions a batch of new certificates asks about itself (each one's issuer and serial, subject and key, issuer and
 * notAfter, and its subject as a candidate issuer), asked of the certificates on file before the batch is inserted
 * ({@link #askOnFile}), and answered once it is persisted by adding the batch's own records in id order
 * ({@link #answerInto}). Asked after the insert, the same queries read the batch's own rows back, DER and all: a
 * thousand rows per query and batch for nothing the batch did not know.
 * <p>
 * The answers are those {@link MemoizedCorpusLookup#prefetch} and {@link MemoizedCorpusLookup#prefetchSubjects} give
 * after the insert, provided nothing else is stored in between: the caller holds the corpus lock from before
 * {@link #askOnFile}. A question whose rows (on file and in the batch) reach {@link PanacheCorpusLookup#BATCH_ROW_LIMIT}
 * is not answered, as there: it is asked alone later.
 */
public final class BatchQuestions {

    private static final int BATCH_ROW_LIMIT = PanacheCorpusLookup.BATCH_ROW_LIMIT;

    /** A certificate with its id, for ordering on-file rows and the batch's records together. */
    private record Row(long id, CorpusCertificate certificate) {
    }

    private final Map<String, Set<String>> serialsByIssuer = new LinkedHashMap<>();
    private final Map<String, Set<Instant>> notAftersByIssuer = new LinkedHashMap<>();
    private final Set<String> subjects = new LinkedHashSet<>();
    private final Set<String> keys = new LinkedHashSet<>();
    private final Set<String> pairs = new LinkedHashSet<>();
    /** The on-file answers; a missing entry or null: the query read too many rows. */
    private final Map<String, List<Row>> serialRows = new HashMap<>();
    /** By issuer: every notBefore on file (repeats kept) by notAfter asked. */
    private final Map<String, Map<Instant, List<Instant>>> notBeforesOnFile = new HashMap<>();
    private List<Row> subjectAndKeyRows;
    private List<Row> subjectRows;

    private BatchQuestions() {
    }

    /** Asks, of the certificates on file, the questions of the batch whose certificates these are (not inserted yet). */
    public static BatchQuestions askOnFile(PanacheCorpusLookup corpus, List<CertificateView> views) {
        BatchQuestions batch = new BatchQuestions();
        for (CertificateView view : views) {
            String issuer = CorpusKeys.issuerNameHash(view);
            batch.serialsByIssuer.computeIfAbsent(issuer, i -> new LinkedHashSet<>()).add(view.serialHex());
            batch.notAftersByIssuer.computeIfAbsent(issuer, i -> new LinkedHashSet<>()).add(view.notAfter());
            String subject = CorpusKeys.subjectNameHash(view);
            String key = CorpusKeys.spkiSha256(view);
            batch.subjects.add(subject);
            batch.keys.add(key);
            batch.pairs.add(subject + " " + key);
        }
        batch.serialsByIssuer.forEach((issuer, serials) -> batch.serialRows.put(issuer, withIds(PanacheCorpusLookup.rowsWithIds(
                "c.issuerNameHash = ?1 and c.serialHex in ?2", BATCH_ROW_LIMIT, issuer, List.copyOf(serials)))));
        batch.notAftersByIssuer.forEach((issuer, notAfters) ->
                batch.notBeforesOnFile.put(issuer, corpus.notBeforesExpiringAtEach(issuer, notAfters).orElse(null)));
        if (!batch.subjects.isEmpty()) {
            batch.subjectAndKeyRows = withIds(PanacheCorpusLookup.rowsWithIds("c.subjectNameHash in ?1 and c.spkiSha256 in ?2", BATCH_ROW_LIMIT,
                    List.copyOf(batch.subjects), List.copyOf(batch.keys)));
            batch.subjectRows = withIds(PanacheCorpusLookup.rowsWithIds("c.subjectNameHash in ?1", BATCH_ROW_LIMIT, List.copyOf(batch.subjects)));
        }
        return batch;
    }

    /** Null when the query stopped at its limit. */
    private static List<Row> withIds(List<Object[]> rows) {
        if (rows.size() >= BATCH_ROW_LIMIT) {
            return null;
        }
        return rows.stream().map(row -> new Row(((Number) row[PanacheCorpusLookup.ID]).longValue(), PanacheCorpusLookup.toCorpus(row))).toList();
    }

    /**
     * Gives {@code lookup} the answers, now that {@code batch} (the records asked about, persisted, with their ids) is
     * in the transaction. Returns whether the candidate-issuer question ({@code withSubject} with {@code subjectLimit})
     * was answered for every subject of the batch.
     */
    public boolean answerInto(MemoizedCorpusLookup lookup, List<StoredCertificate> batch, int subjectLimit) {
        Map<StoredCertificate, CorpusCertificate> asCorpus = new HashMap<>();
        Function<StoredCertificate, Row> row = c -> new Row(c.id, asCorpus.computeIfAbsent(c, PanacheCorpusLookup::toCorpus));
        serialsByIssuer.forEach((issuer, serials) -> {
            List<Row> all = merged(serialRows.get(issuer), batch, c -> c.issuerNameHash.equals(issuer) && serials.contains(c.serialHex), row);
            if (all != null) {
                Map<String, List<CorpusCertificate>> bySerial = grouped(all, serials, CorpusCertificate::serialHex, PanacheCorpusLookup.MATCH_LIMIT);
                bySerial.forEach((serial, matches) -> lookup.know(List.of("issuerAndSerial", issuer, serial), matches));
            }
        });
        List<Row> sameSubjectAndKey = merged(subjectAndKeyRows, batch, c -> subjects.contains(c.subjectNameHash) && keys.contains(c.spkiSha256), row);
        if (sameSubjectAndKey != null) {
            grouped(sameSubjectAndKey, pairs, c -> c.subjectNameHash() + " " + c.spkiSha256(), PanacheCorpusLookup.MATCH_LIMIT)
                    .forEach((pair, matches) -> {
                        String[] subjectAndKey = pair.split(" ", 2);
                        lookup.know(List.of("subjectAndKey", subjectAndKey[0], subjectAndKey[1]), matches);
                    });
        }
        notAftersByIssuer.forEach((issuer, notAfters) -> {
            Map<Instant, List<Instant>> onFile = notBeforesOnFile.get(issuer);
            if (onFile == null) {
                return;
            }
            List<StoredCertificate> arriving = batch.stream().filter(c -> c.issuerNameHash.equals(issuer) && notAfters.contains(c.notAfter)).toList();
            if (onFile.values().stream().mapToInt(List::size).sum() + arriving.size() >= BATCH_ROW_LIMIT) {
                return;
            }
            Map<Instant, List<Instant>> byNotAfter = new HashMap<>();
            onFile.forEach((notAfter, notBefores) -> byNotAfter.put(notAfter, new ArrayList<>(notBefores)));
            arriving.forEach(c -> byNotAfter.get(c.notAfter).add(c.notBefore));
            byNotAfter.forEach((notAfter, notBefores) -> lookup.knowNotBefores(issuer, notAfter, notBefores));
        });
        List<Row> sameSubject = merged(subjectRows, batch, c -> subjects.contains(c.subjectNameHash), row);
        if (sameSubject == null || subjectLimit <= 0) {
            return false;
        }
        grouped(sameSubject, subjects, CorpusCertificate::subjectNameHash, subjectLimit)
                .forEach((subject, matches) -> lookup.know(List.of("subject", subject, subjectLimit), matches));
        return true;
    }

    /** The on-file rows and the batch's records that match, in id order; null when they are too many (or the on-file ones were). */
    private static List<Row> merged(List<Row> onFile, List<StoredCertificate> batch, Predicate<StoredCertificate> matches,
            Function<StoredCertificate, Row> row) {
        if (onFile == null) {
            return null;
        }
        List<Row> all = new ArrayList<>(onFile);
        batch.stream().filter(matches).map(row).forEach(all::add);
        if (all.size() >= BATCH_ROW_LIMIT) {
            return null;
        }
        all.sort(Comparator.comparingLong(Row::id));
        return all;
    }

    /** The rows by key, for each key asked (none: an empty list), the first {@code limit} of each. */
    private static Map<String, List<CorpusCertificate>> grouped(List<Row> rows, Collection<String> asked, Function<CorpusCertificate, String> key,
            int limit) {
        Map<String, List<CorpusCertificate>> byKey = new HashMap<>();
        asked.forEach(k -> byKey.put(k, new ArrayList<>()));
        for (Row row : rows) {
            List<CorpusCertificate> matches = byKey.get(key.apply(row.certificate()));
            if (matches != null && matches.size() < limit) {
                matches.add(row.certificate());
            }
        }
        byKey.replaceAll((k, matches) -> List.copyOf(matches));
        return byKey;
    }
}
