package org.casebook.evidence.service;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.corpus.CaJurisdiction;
import org.casebook.analysis.corpus.CorpusCertificate;
import org.casebook.analysis.corpus.CorpusCheck;
import org.casebook.analysis.corpus.CorpusContext;
import org.casebook.analysis.corpus.CorpusFinding;
import org.casebook.analysis.corpus.CorpusKeys;
import org.casebook.analysis.corpus.CorpusLookup;
import org.casebook.analysis.corpus.FixedNotAfterTemplate;
import org.casebook.analysis.corpus.NotBeforeOnNonWorkingDay;
import org.casebook.analysis.corpus.SerialGenerator63Bits;
import org.casebook.ca.CertificationAuthority;
import org.casebook.evidence.CertificateDetails;
import org.casebook.evidence.StoredCertificate;
import org.casebook.evidence.StoredFinding;
import org.casebook.evidence.corpus.BatchQuestions;
import org.casebook.evidence.corpus.MemoizedCorpusLookup;
import org.casebook.evidence.corpus.WithArrivingIssuers;
import org.jboss.logging.Logger;

/**
 * Corpus findings computed once. When certificates arrive, in the transaction that stores them: their own
 * findings of the checks that compare single certificates (duplicate serial, cross-signature; and the SCT
 * backdating checks, which need nothing else) are stored with them; the stored findings of the certificates
 * whose answer they change are refreshed; and the issuer-wide counts behind the statistical checks (distinct
 * notBefore days per issuer and notAfter, serial widths per issuer) are brought up to date. Reads combine the
 * stored findings with the statistical findings derived from those counts and the non-working-day finding in
 * the jurisdiction of the CA the certificate is read under: nothing is looked up per certificate.
 */
@ApplicationScoped
public class StoredCorpusFindings {

    private static final Logger LOG = Logger.getLogger(StoredCorpusFindings.class);

    /** Marks stored findings that a later arrival changed but that were too many to refresh at once. */
    static final String STALE = "stale";
    /** Certificates refreshed in the arrival's transaction for one changed issuer key; beyond, the background refresh. */
    static final int INLINE_REFRESH_LIMIT = 100;
    private static final int ISSUER_CANDIDATES = 16;
    private static final int IN_LIST = 1000;

    @Inject
    CorpusAnalysis corpus;

    @Inject
    CorpusRefresh background;

    /** Every certificate on file is counted in the issuer-wide statistics: set by {@link CorpusRefresh} after a pass. */
    private volatile boolean statisticsComplete;

    public boolean statisticsComplete() {
        return statisticsComplete;
    }

    void statisticsComplete(boolean complete) {
        statisticsComplete = complete;
    }

    public String fingerprint() {
        return corpus.fingerprint();
    }

    // ---------------------------------------------------------------- arrivals

    /**
     * Analyses certificates just persisted in the current transaction ({@code views} in the same order), counts
     * those not counted yet, and refreshes the stored findings they change. Takes the corpus lock first, so that
     * two transactions storing related certificates see each other: the second waits, then reads what the first stored.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void arrived(List<StoredCertificate> arrivals, List<CertificateView> views) {
        arrived(arrivals, views, null);
    }

    /**
     * {@link #arrived}, for the certificates {@link #beforeInsert} was given (it took the corpus lock) with the answers
     * it asked of the certificates on file then, or null.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @io.micrometer.core.annotation.Timed(value = "casebook.corpus.arrivals", description = "Storing the corpus findings of arriving certificates and refreshing those they change")
    public void arrived(List<StoredCertificate> arrivals, List<CertificateView> views, BatchQuestions askedBeforeInsert) {
        if (arrivals.isEmpty()) {
            return;
        }
        EntityManager em = Panache.getEntityManager();
        if (askedBeforeInsert == null) {
            lockCorpus(em);
        }
        em.flush();
        // The arrivals are in the database now; what follows only changes their corpus columns, which no query below
        // reads. Without this, every lookup would first dirty-check each certificate of the batch, DER and all.
        FlushModeType flushMode = em.getFlushMode();
        em.setFlushMode(FlushModeType.COMMIT);
        try {
            arrivedFlushed(arrivals, views, askedBeforeInsert, em);
        } finally {
            em.setFlushMode(flushMode);
        }
    }

    /** The corpus lock (and the count of arrivals the corpus reports are computed after): held until the commit. */
    private static void lockCorpus(EntityManager em) {
        em.createNativeQuery("update corpus_state set arrivals = arrivals + 1 where id = 1").executeUpdate();
    }

    private void arrivedFlushed(List<StoredCertificate> arrivals, List<CertificateView> views, BatchQuestions askedBeforeInsert, EntityManager em) {
        String fingerprint = fingerprint();
        MemoizedCorpusLookup lookup = new MemoizedCorpusLookup(corpus.lookup());
        List<CertificateView> asked = views.stream().filter(java.util.Objects::nonNull).toList();
        boolean candidateIssuersKnown = false;
        if (askedBeforeInsert != null) {
            // Each one's own questions, asked of the certificates on file before the insert, with the batch added now.
            candidateIssuersKnown = askedBeforeInsert.answerInto(lookup, arrivals, ISSUER_CANDIDATES);
            lookup.prefetchEvidence(asked.stream().map(CertificateView::sha256Hex).toList());
        } else {
            // The arrivals are flushed: each one's own questions (its serial, its subject and key, ...) asked once for all of them.
            lookup.prefetch(asked);
        }
        CorpusContext context = corpus.context(lookup, null);
        // Newcomers change other certificates' findings and the counts; the others were only stale themselves.
        List<StoredCertificate> uncounted = arrivals.stream().filter(c -> c.corpusVersion == null || c.corpusCountPending).toList();
        Set<String> newcomers = new LinkedHashSet<>();
        uncounted.forEach(c -> newcomers.add(c.sha256));
        count(uncounted);
        uncounted.forEach(c -> c.corpusCountPending = false);

        Set<String> arriving = new LinkedHashSet<>();
        arrivals.forEach(c -> arriving.add(c.sha256));
        // The few issuing CAs of a batch, looked up once each rather than once per certificate.
        Map<String, Optional<CertificationAuthority>> casBySlug = new HashMap<>();
        for (int i = 0; i < arrivals.size(); i++) {
            analyse(arrivals.get(i), views.get(i), corpus.storedChecks(), lookup, context, casBySlug);
            if (!fingerprint.equals(arrivals.get(i).corpusVersion)) {
                arrivals.get(i).corpusVersion = fingerprint;
            }
        }

        Map<String, Set<String>> affected = new LinkedHashMap<>();
        int markedStale = 0;
        Set<String> newcomerSubjects = new LinkedHashSet<>();
        arrivals.stream().filter(c -> newcomers.contains(c.sha256)).forEach(c -> newcomerSubjects.add(c.subjectNameHash));
        if (!candidateIssuersKnown) {
            lookup.prefetchSubjects(newcomerSubjects, ISSUER_CANDIDATES);
        }
        for (int i = 0; i < arrivals.size(); i++) {
            StoredCertificate arrival = arrivals.get(i);
            CertificateView view = views.get(i);
            if (view == null || !newcomers.contains(arrival.sha256)) {
                continue;
            }
            // Each check of a group's members reads the group's first rows: only if the arrival is among them do they change.
            List<CorpusCertificate> sameSerial = lookup.withIssuerAndSerial(arrival.issuerNameHash, arrival.serialHex);
            if (inWindow(sameSerial, arrival.sha256)) {
                sameSerial.forEach(c -> affected.computeIfAbsent(c.sha256(), k -> new LinkedHashSet<>()).add(CorpusAnalysis.DUPLICATE_SERIAL));
                markedStale += markBeyondWindow("issuerNameHash", "serialHex", sameSerial, arrival.issuerNameHash, arrival.serialHex, arriving);
            }
            List<CorpusCertificate> sameKey = lookup.withSubjectAndKey(arrival.subjectNameHash, arrival.spkiSha256);
            if (inWindow(sameKey, arrival.sha256)) {
                sameKey.forEach(c -> affected.computeIfAbsent(c.sha256(), k -> new LinkedHashSet<>()).add(CorpusAnalysis.CROSS_SIGNATURE));
                markedStale += markBeyondWindow("subjectNameHash", "spkiSha256", sameKey, arrival.subjectNameHash, arrival.spkiSha256, arriving);
            }
            // A new candidate issuer can tell apart the keys behind two certificates thought to share one.
            if (inWindow(lookup.withSubject(arrival.subjectNameHash, ISSUER_CANDIDATES), arrival.sha256)) {
                List<String> issued = em.createQuery("select distinct c.sha256 from StoredCertificate c join c.corpusFindings f"
                        + " where c.issuerNameHash = ?1 and f.code = ?2", String.class)
                        .setParameter(1, arrival.subjectNameHash).setParameter(2, CorpusAnalysis.DUPLICATE_SERIAL)
                        .setMaxResults(INLINE_REFRESH_LIMIT + 1).getResultList();
                if (issued.size() > INLINE_REFRESH_LIMIT) {
                    markedStale += em.createQuery("update StoredCertificate c set c.corpusVersion = ?1 where c.issuerNameHash = ?2"
                            + " and c.corpusVersion is not null and c.sha256 not in ?4"
                            + " and c.id in (select f.id from StoredCertificate f join f.corpusFindings x where x.code = ?3)")
                            .setParameter(1, STALE).setParameter(2, arrival.subjectNameHash).setParameter(3, CorpusAnalysis.DUPLICATE_SERIAL)
                            .setParameter(4, arriving).executeUpdate();
                } else {
                    issued.forEach(sha256 -> affected.computeIfAbsent(sha256, k -> new LinkedHashSet<>()).add(CorpusAnalysis.DUPLICATE_SERIAL));
                }
            }
            if (arrival.ca != null) {
                // One of a CA's own certificates (the seed): the certificates it issued may now be read in that CA's jurisdiction.
                markedStale += em.createQuery("update StoredCertificate c set c.corpusVersion = ?1 where c.issuerNameHash = ?2"
                        + " and c.corpusVersion is not null and c.sha256 not in ?3")
                        .setParameter(1, STALE).setParameter(2, arrival.subjectNameHash).setParameter(3, arriving).executeUpdate();
            }
        }
        arriving.forEach(affected::remove);
        refresh(affected, lookup, context);
        if (markedStale > 0) {
            LOG.debugf("%d stored certificates' corpus findings left to the background refresh", markedStale);
            background.wakeAfterCommit();
        }
    }

    /** Members of a group beyond the rows its checks read, when an arrival took a place among those rows (ids out of order). */
    private int markBeyondWindow(String firstColumn, String secondColumn, List<CorpusCertificate> window, String first, String second,
            Set<String> arriving) {
        if (window.size() < org.casebook.evidence.corpus.PanacheCorpusLookup.MATCH_LIMIT) {
            return 0;
        }
        EntityManager em = Panache.getEntityManager();
        Long last = em.createQuery("select c.id from StoredCertificate c where c.sha256 = ?1", Long.class)
                .setParameter(1, window.get(window.size() - 1).sha256()).getSingleResult();
        return em.createQuery("update StoredCertificate c set c.corpusVersion = ?1 where c." + firstColumn + " = ?2 and c." + secondColumn
                        + " = ?3 and c.id > ?4 and c.corpusVersion is not null and c.sha256 not in ?5")
                .setParameter(1, STALE).setParameter(2, first).setParameter(3, second).setParameter(4, last).setParameter(5, arriving).executeUpdate();
    }

    /** Runs the named checks again for stored certificates and replaces what they had found. */
    private void refresh(Map<String, Set<String>> affected, MemoizedCorpusLookup lookup, CorpusContext context) {
        List<String> sha256s = List.copyOf(affected.keySet());
        for (int from = 0; from < sha256s.size(); from += IN_LIST) {
            List<StoredCertificate> certificates = StoredCertificate.list("sha256 in ?1", sha256s.subList(from, Math.min(sha256s.size(), from + IN_LIST)));
            for (StoredCertificate certificate : certificates) {
                if (certificate.corpusVersion == null || !certificate.corpusVersion.equals(fingerprint())) {
                    continue; // not analysed yet or stale: the background refresh does all of it
                }
                Set<String> codes = affected.get(certificate.sha256);
                CertificateView view = parse(certificate);
                if (view == null) {
                    continue;
                }
                List<CorpusCheck> checks = corpus.storedChecks().stream().filter(c -> codes.contains(c.metadata().code())).toList();
                List<StoredFinding> kept = new ArrayList<>(certificate.corpusFindings.stream().filter(f -> !codes.contains(f.code)).toList());
                kept.addAll(stored(corpus.run(checks, view, context)));
                kept.sort(CertificateLints.BY_SEVERITY);
                certificate.corpusFindings.clear();
                certificate.corpusFindings.addAll(kept);
            }
        }
    }

    private void analyse(StoredCertificate certificate, CertificateView view, List<CorpusCheck> checks, MemoizedCorpusLookup lookup, CorpusContext context,
            Map<String, Optional<CertificationAuthority>> casBySlug) {
        certificate.corpusFindings.clear();
        CertificationAuthority issuerCa = null;
        if (view != null) {
            List<StoredFinding> findings = stored(corpus.run(checks, view, context));
            findings.sort(CertificateLints.BY_SEVERITY);
            certificate.corpusFindings.addAll(findings);
            issuerCa = issuerCa(view, lookup, casBySlug);
        }
        // Assigned only when it changes: a column set again to its value would still be written (see beforeInsert).
        if (certificate.issuerCa != issuerCa) {
            certificate.issuerCa = issuerCa;
        }
    }

    private static CertificationAuthority issuerCa(CertificateView view, CorpusLookup lookup, Map<String, Optional<CertificationAuthority>> casBySlug) {
        Optional<CaJurisdiction> issuerCa = NotBeforeOnNonWorkingDay.issuerCa(view, lookup);
        return issuerCa.flatMap(ca -> casBySlug.computeIfAbsent(ca.slug(), CertificationAuthority::findBySlug)).orElse(null);
    }

    /**
     * Fills in, before new certificates are inserted ({@code views} in the same order), the corpus columns that
     * {@link #arrived} sets after the insert: the checks' fingerprint, and the CA of the issuer among the candidates on
     * file and in the batch. H2 rewrites every index of a row it updates, so a batch whose columns are right when it is
     * inserted is stored with about half the index writes. {@link #arrived} still analyses each one and counts it in the
     * issuer statistics, and changes whatever it finds otherwise.
     * <p>
     * Takes the corpus lock, and asks the batch's own corpus questions of the certificates on file: pass the answers
     * to {@link #arrived(List, List, BatchQuestions)} with the same records once they are persisted.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public BatchQuestions beforeInsert(List<StoredCertificate> records, List<CertificateView> views) {
        if (records.isEmpty()) {
            return null;
        }
        // Taken before anything is read: nothing else is stored between these questions and the analysis after the insert.
        lockCorpus(Panache.getEntityManager());
        String fingerprint = fingerprint();
        CorpusLookup lookup = new WithArrivingIssuers(new MemoizedCorpusLookup(corpus.lookup()), records);
        Map<String, Optional<CertificationAuthority>> casBySlug = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            StoredCertificate record = records.get(i);
            record.corpusVersion = fingerprint;
            record.corpusCountPending = true;
            record.issuerCa = views.get(i) == null ? null : issuerCa(views.get(i), lookup, casBySlug);
        }
        return BatchQuestions.askOnFile(corpus.lookup(), views.stream().filter(java.util.Objects::nonNull).toList());
    }

    /** Adds certificates to the issuer-wide statistics; each exactly once (callers pass those with no corpus version yet, or one filled in before their insert). */
    private void count(List<StoredCertificate> certificates) {
        if (certificates.isEmpty()) {
            return;
        }
        EntityManager em = Panache.getEntityManager();
        // Sorted keys: the same order in every transaction.
        TreeMap<String, int[]> serials = new TreeMap<>();
        TreeMap<String, Object[]> days = new TreeMap<>();
        for (StoredCertificate c : certificates) {
            int bits = CorpusKeys.serialBits(c.serialHex);
            int[] s = serials.computeIfAbsent(c.issuerNameHash, k -> new int[] {0, 0});
            s[0] = Math.max(s[0], bits);
            s[1] += SerialGenerator63Bits.typical(bits) ? 1 : 0;
            LocalDate day = FixedNotAfterTemplate.day(c.notBefore);
            days.putIfAbsent(c.issuerNameHash + "|" + c.notAfter + "|" + day, new Object[] {c.issuerNameHash, c.notAfter, day});
        }
        for (Map.Entry<String, int[]> e : serials.entrySet()) {
            int updated = em.createNativeQuery("update corpus_issuer_serials set widestBits = greatest(widestBits, ?1),"
                    + " typicalSerials = typicalSerials + ?2 where issuerNameHash = ?3")
                    .setParameter(1, e.getValue()[0]).setParameter(2, e.getValue()[1]).setParameter(3, e.getKey()).executeUpdate();
            if (updated == 0) {
                em.createNativeQuery("insert into corpus_issuer_serials (issuerNameHash, widestBits, typicalSerials) values (?1, ?2, ?3)")
                        .setParameter(1, e.getKey()).setParameter(2, e.getValue()[0]).setParameter(3, e.getValue()[1]).executeUpdate();
            }
        }
        countDays(days, em);
    }

    /**
     * Adds the batch's (issuer, notAfter, notBefore day) keys not counted yet: which are known is read once per issuer
     * and thousand notAfters, and the new days and their groups are written in JDBC batches (the corpus lock makes the
     * read stay true until the commit).
     */
    private static void countDays(TreeMap<String, Object[]> days, EntityManager em) {
        Map<String, List<Object[]>> byIssuer = new TreeMap<>();
        days.values().forEach(key -> byIssuer.computeIfAbsent((String) key[0], k -> new ArrayList<>()).add(key));
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            List<Object[]> newDays = new ArrayList<>();
            Map<String, NewDays> groups = new TreeMap<>();
            for (Map.Entry<String, List<Object[]>> issuer : byIssuer.entrySet()) {
                List<Instant> notAfters = issuer.getValue().stream().map(key -> (Instant) key[1]).distinct().toList();
                Set<String> knownDays = new java.util.HashSet<>();
                Set<Instant> knownGroups = new java.util.HashSet<>();
                for (int from = 0; from < notAfters.size(); from += IN_LIST) {
                    List<Instant> chunk = notAfters.subList(from, Math.min(notAfters.size(), from + IN_LIST));
                    String in = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
                    try (java.sql.PreparedStatement select = connection.prepareStatement("select notAfter, notBeforeDay from corpus_notafter_day"
                            + " where issuerNameHash = ? and notAfter in (" + in + ")")) {
                        bindIn(select, issuer.getKey(), chunk);
                        try (java.sql.ResultSet rs = select.executeQuery()) {
                            while (rs.next()) {
                                knownDays.add(utc(rs.getObject(1, java.time.OffsetDateTime.class).toInstant()) + "|" + rs.getObject(2, LocalDate.class));
                            }
                        }
                    }
                    try (java.sql.PreparedStatement select = connection.prepareStatement("select notAfter from corpus_notafter_group"
                            + " where issuerNameHash = ? and notAfter in (" + in + ")")) {
                        bindIn(select, issuer.getKey(), chunk);
                        try (java.sql.ResultSet rs = select.executeQuery()) {
                            while (rs.next()) {
                                knownGroups.add(rs.getObject(1, java.time.OffsetDateTime.class).toInstant());
                            }
                        }
                    }
                }
                for (Object[] key : issuer.getValue()) {
                    Instant notAfter = (Instant) key[1];
                    LocalDate day = (LocalDate) key[2];
                    if (knownDays.contains(utc(notAfter) + "|" + day)) {
                        continue;
                    }
                    newDays.add(key);
                    groups.computeIfAbsent(issuer.getKey() + "|" + utc(notAfter),
                            k -> new NewDays(issuer.getKey(), notAfter, knownGroups.contains(notAfter), day)).add(day);
                }
            }
            try (java.sql.PreparedStatement insert = connection.prepareStatement(
                    "insert into corpus_notafter_day (issuerNameHash, notAfter, notBeforeDay) values (?, ?, ?)")) {
                for (Object[] key : newDays) {
                    insert.setString(1, (String) key[0]);
                    insert.setObject(2, utc((Instant) key[1]));
                    insert.setObject(3, key[2]);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (java.sql.PreparedStatement update = connection.prepareStatement("update corpus_notafter_group set dayCount = dayCount + ?,"
                    + " firstDay = least(firstDay, ?), lastDay = greatest(lastDay, ?) where issuerNameHash = ? and notAfter = ?");
                    java.sql.PreparedStatement insert = connection.prepareStatement("insert into corpus_notafter_group"
                            + " (issuerNameHash, notAfter, dayCount, firstDay, lastDay) values (?, ?, ?, ?, ?)")) {
                for (NewDays group : groups.values()) {
                    if (group.groupExists) {
                        update.setInt(1, group.count);
                        update.setObject(2, group.first);
                        update.setObject(3, group.last);
                        update.setString(4, group.issuerNameHash);
                        update.setObject(5, utc(group.notAfter));
                        update.addBatch();
                    } else {
                        insert.setString(1, group.issuerNameHash);
                        insert.setObject(2, utc(group.notAfter));
                        insert.setInt(3, group.count);
                        insert.setObject(4, group.first);
                        insert.setObject(5, group.last);
                        insert.addBatch();
                    }
                }
                update.executeBatch();
                insert.executeBatch();
            }
        });
    }

    /** The notBefore days of one (issuer, notAfter) group that a batch adds, and whether the group has a row already. */
    private static final class NewDays {
        final String issuerNameHash;
        final Instant notAfter;
        final boolean groupExists;
        int count;
        LocalDate first;
        LocalDate last;

        NewDays(String issuerNameHash, Instant notAfter, boolean groupExists, LocalDate day) {
            this.issuerNameHash = issuerNameHash;
            this.notAfter = notAfter;
            this.groupExists = groupExists;
            this.first = day;
            this.last = day;
        }

        NewDays add(LocalDate day) {
            count++;
            first = day.isBefore(first) ? day : first;
            last = day.isAfter(last) ? day : last;
            return this;
        }
    }

    private static void bindIn(java.sql.PreparedStatement select, String issuerNameHash, List<Instant> notAfters) throws java.sql.SQLException {
        select.setString(1, issuerNameHash);
        for (int i = 0; i < notAfters.size(); i++) {
            select.setObject(i + 2, utc(notAfters.get(i)));
        }
    }

    private static java.time.OffsetDateTime utc(Instant instant) {
        return instant.atOffset(java.time.ZoneOffset.UTC);
    }

    // ---------------------------------------------------------------- reads

    /**
     * Which stored certificates a read covers, as SQL over {@code certificate c}: the evidence of an issue (within a range
     * of link ids, for one page), or a range of certificate ids. Ranges and joins, not long IN lists: H2 evaluates an IN
     * list again for every joined row.
     */
    record Scope(String from, String where, List<Object> parameters) {

        static Scope evidence(long issueId, long firstLinkId, long lastLinkId) {
            return new Scope("evidence_link sl join certificate c on c.id = sl.certificate_id",
                    "sl.issue_id = ?1 and sl.id between ?2 and ?3", List.of(issueId, firstLinkId, lastLinkId));
        }

        static Scope ids(long first, long last) {
            return new Scope("certificate c", "c.id between ?1 and ?2", List.of(first, last));
        }

        List<Object[]> rows(String select, String joins, String order) {
            var query = Panache.getEntityManager().createNativeQuery("select " + select + " from " + from + " " + joins + " where " + where + order);
            for (int i = 0; i < parameters.size(); i++) {
                query.setParameter(i + 1, parameters.get(i));
            }
            List<Object[]> out = new ArrayList<>();
            for (Object row : query.getResultList()) {
                out.add((Object[]) row);
            }
            return out;
        }
    }

    /**
     * The corpus findings of stored certificates, by id, as the checks would find them now: stored findings plus
     * those derived from the statistics and the jurisdiction of {@code caSlugOrNull} (the CA the certificate is
     * filed under; null: the CA of its first evidence link, else of its stored issuer). A certificate whose stored
     * findings are not current (a new check set, or not analysed yet) is checked against the corpus instead.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, List<StoredFinding>> read(Collection<Long> certificateIds, String caSlugOrNull) {
        Map<Long, List<StoredFinding>> out = new HashMap<>();
        List<Long> ids = new ArrayList<>(new TreeSet<>(certificateIds));
        Optional<CaJurisdiction> filedUnder = caSlugOrNull == null ? Optional.empty() : corpus.lookup().ca(caSlugOrNull);
        // Runs of nearby ids (an upload's certificates are stored in a row): one range each, the few others in it skipped.
        int from = 0;
        while (from < ids.size()) {
            int to = from + 1;
            while (to < ids.size() && ids.get(to) - ids.get(to - 1) <= 64 && to - from < 1000) {
                to++;
            }
            read(Scope.ids(ids.get(from), ids.get(to - 1)), Set.copyOf(ids.subList(from, to)), caSlugOrNull, filedUnder, out);
            from = to;
        }
        return out;
    }

    /** {@link #read} for evidence certificates of one issue whose links have ids from {@code firstLinkId} to {@code lastLinkId}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, List<StoredFinding>> readEvidence(long issueId, long firstLinkId, long lastLinkId, Collection<Long> certificateIds,
            String caSlugOrNull) {
        Map<Long, List<StoredFinding>> out = new HashMap<>();
        Optional<CaJurisdiction> filedUnder = caSlugOrNull == null ? Optional.empty() : corpus.lookup().ca(caSlugOrNull);
        read(Scope.evidence(issueId, firstLinkId, lastLinkId), Set.copyOf(certificateIds), caSlugOrNull, filedUnder, out);
        return out;
    }

    private void read(Scope scope, Set<Long> wanted, String caSlugOrNull, Optional<CaJurisdiction> filedUnder, Map<Long, List<StoredFinding>> out) {
        String fingerprint = fingerprint();
        boolean complete = statisticsComplete;
        List<Object[]> rows = scope.rows("c.id, c.corpusVersion, c.notBefore, c.notAfter, c.serialHex, c.serialBits, a.slug, a.name, a.country, a.timeZone",
                "left join certification_authority a on a.id = c.issuerCa_id", "");
        Map<Long, List<StoredFinding>> stored = new HashMap<>();
        for (Object[] r : scope.rows("f.certificate_id, f.code, f.severity, f.message, f.citation",
                "join certificate_corpus_finding f on f.certificate_id = c.id", "")) {
            stored.computeIfAbsent(id(r[0]), k -> new ArrayList<>()).add(new StoredFinding((String) r[1], (String) r[2], (String) r[3], (String) r[4]));
        }
        Map<Long, Object[]> groups = new HashMap<>();
        for (Object[] r : scope.rows("c.id, g.dayCount, g.firstDay, g.lastDay",
                "join corpus_notafter_group g on g.issuerNameHash = c.issuerNameHash and g.notAfter = c.notAfter", "")) {
            groups.put(id(r[0]), r);
        }
        Map<Long, int[]> serials = new HashMap<>();
        for (Object[] r : scope.rows("c.id, s.widestBits, s.typicalSerials", "join corpus_issuer_serials s on s.issuerNameHash = c.issuerNameHash", "")) {
            serials.put(id(r[0]), new int[] {((Number) r[1]).intValue(), ((Number) r[2]).intValue()});
        }
        Map<Long, CaJurisdiction> evidenceCa = new HashMap<>();
        if (filedUnder.isEmpty()) {
            for (Object[] r : scope.rows("l.certificate_id, a.slug, a.name, a.country, a.timeZone",
                    "join evidence_link l on l.certificate_id = c.id join issue i on i.id = l.issue_id join certification_authority a on a.id = i.ca_id",
                    " order by l.id")) {
                evidenceCa.putIfAbsent(id(r[0]), new CaJurisdiction((String) r[1], (String) r[2], (String) r[3], (String) r[4]));
            }
        }
        int minimumDays = corpus.config().settings().fixedNotAfterMinimum();
        int minimumSerials = corpus.config().settings().serialSampleMinimum();
        FixedNotAfterTemplate template = corpus.fixedNotAfter();
        SerialGenerator63Bits generator = corpus.serialGenerator();
        NotBeforeOnNonWorkingDay nonWorkingDay = corpus.nonWorkingDay();
        var calendars = corpus.calendars();
        for (Object[] row : rows) {
            Long id = id(row[0]);
            if (!wanted.contains(id) || out.containsKey(id)) {
                continue;
            }
            if (!complete || !fingerprint.equals(row[1])) {
                out.put(id, checkedNow(id, caSlugOrNull));
                continue;
            }
            Instant notBefore = instant(row[2]);
            Instant notAfter = instant(row[3]);
            String serialHex = (String) row[4];
            int bits = row[5] == null ? CorpusKeys.serialBits(serialHex) : ((Number) row[5]).intValue();
            List<StoredFinding> findings = new ArrayList<>(stored.getOrDefault(id, List.of()));
            Object[] group = groups.get(id);
            add(findings, template, template.runFrom(group != null, notBefore, () -> template.fromDays(notAfter,
                    ((Number) group[1]).intValue(), date(group[2]), date(group[3]), minimumDays)));
            int[] widths = serials.get(id);
            add(findings, generator, generator.runFrom(widths != null && SerialGenerator63Bits.appliesTo(positive(serialHex), bits), notBefore,
                    () -> generator.fromCounts(widths[0], widths[1], minimumSerials)));
            CaJurisdiction ca = filedUnder.orElseGet(() -> evidenceCa.getOrDefault(id,
                    row[6] == null ? null : new CaJurisdiction((String) row[6], (String) row[7], (String) row[8], (String) row[9])));
            add(findings, nonWorkingDay, nonWorkingDay.runFrom(ca != null, notBefore, () -> nonWorkingDay.inJurisdiction(notBefore, ca, calendars)));
            findings.sort(CertificateLints.BY_SEVERITY);
            out.put(id, findings);
        }
    }

    private static Long id(Object value) {
        return ((Number) value).longValue();
    }

    /** A timestamp column as JDBC drivers return it (H2 and PostgreSQL differ). */
    public static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof java.time.ZonedDateTime time) {
            return time.toInstant();
        }
        if (value instanceof java.sql.Timestamp time) {
            return time.toInstant();
        }
        throw new IllegalStateException("not a time: " + value.getClass());
    }

    /** The corpus findings of one stored certificate computed against the corpus now (its stored ones are not current). */
    private List<StoredFinding> checkedNow(Long id, String caSlugOrNull) {
        StoredCertificate certificate = StoredCertificate.findById(id);
        CertificateView view = parse(certificate);
        if (view == null) {
            return List.of();
        }
        List<StoredFinding> findings = stored(corpus.check(view, caSlugOrNull));
        findings.sort(CertificateLints.BY_SEVERITY);
        return findings;
    }

    private static void add(List<StoredFinding> findings, CorpusCheck check, LintResult result) {
        if (result.status().isFinding()) {
            findings.addAll(stored(List.of(new CorpusFinding(check.metadata(), result))));
        }
    }

    /** Corpus findings in the stored shape (the message, or the check's description when it gave none). */
    static List<StoredFinding> stored(List<CorpusFinding> findings) {
        List<StoredFinding> out = new ArrayList<>(findings.size());
        for (CorpusFinding f : findings) {
            out.add(new StoredFinding(f.code(), f.severity().code(), f.message() == null ? f.check().description() : f.message(), f.citation()));
        }
        return out;
    }

    static CertificateView parse(StoredCertificate certificate) {
        try {
            return CertificateDetails.view(certificate);
        } catch (IllegalStateException unparseable) {
            LOG.debugf("certificate %s no longer parses; no corpus findings", certificate.sha256);
            return null;
        }
    }

    /** Whether a stored serial (upper-case hex of the two's-complement content octets) is positive. */
    private static boolean positive(String serialHex) {
        if (serialHex.isEmpty() || Character.digit(serialHex.charAt(0), 16) >= 8) {
            return false;
        }
        return serialHex.chars().anyMatch(ch -> ch != '0');
    }

    private static LocalDate date(Object value) {
        if (value instanceof LocalDate day) {
            return day;
        }
        if (value instanceof Date day) {
            return day.toLocalDate();
        }
        return LocalDate.parse(String.valueOf(value));
    }

    /** Whether the certificate is among those a check reads (the first stored, ids ascending, up to the lookup's limit). */
    private static boolean inWindow(List<CorpusCertificate> window, String sha256) {
        return window.stream().anyMatch(c -> c.sha256().equals(sha256));
    }
}
