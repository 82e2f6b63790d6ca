package org.casebook.search.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casebook.evidence.CertificatesArrived;
import org.casebook.evidence.StoredCertificate;
import org.casebook.search.CertificateNames;
import org.casebook.search.CertificateNames.IndexedName;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Keeps {@code certificate_name} and {@code issuer_name_word} filled: certificates that arrive are indexed in the
 * transaction that stores them ({@link CertificatesArrived}); once, at the first start after V10, every certificate
 * stored before it, and at the first start after V17, the words of every issuer name on file.
 */
@ApplicationScoped
public class CertificateNameIndex {

    private static final Logger LOG = Logger.getLogger(CertificateNameIndex.class);
    private static final int BATCH = 500;
    /** A row of casebook_setting present once the backfill has gone through every certificate stored before V10. */
    static final String BACKFILLED = "certificate-names-backfilled";
    /** A row of casebook_setting present once the words of every issuer name stored before V17 are in issuer_name_word. */
    static final String ISSUER_WORDS_BACKFILLED = "issuer-name-words-backfilled";

    @Inject
    EntityManager em;

    // Synchronous: runs in the transaction of whoever fired the event.
    void onArrival(@Observes CertificatesArrived arrived) {
        List<Row> rows = new ArrayList<>();
        for (StoredCertificate c : arrived.certificates()) {
            rows.add(new Row(c.id, c.subject, c.issuer, c.issuerNameHash, c.serialHex, c.subjectAltNames));
        }
        // The index rows refer to the certificates' rows: flush only if some are not inserted yet (the storing path
        // has flushed them already; its later changes, the corpus columns, can wait for the commit's flush).
        if (em.unwrap(org.hibernate.engine.spi.SessionImplementor.class).getActionQueue().areInsertionsOrDeletionsQueued()) {
            em.flush();
        }
        insert(rows);
    }

    /** A certificate's columns the index is derived from. */
    public record Row(long certificateId, String subject, String issuer, String issuerNameHash, String serialHex, String subjectAltNames) {
    }

    /** Inserts the index rows of these certificates in the current transaction (also used by the benchmark). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(List<Row> certificates) {
        if (certificates.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into certificate_name (certificate_id, kind, name, reversed) values (?, ?, ?, ?)")) {
                int pending = 0;
                for (Row c : certificates) {
                    for (IndexedName name : CertificateNames.of(c.subject(), c.serialHex(), c.subjectAltNames())) {
                        insert.setLong(1, c.certificateId());
                        insert.setString(2, name.kind().name());
                        insert.setString(3, name.name());
                        insert.setString(4, name.reversed());
                        insert.addBatch();
                        if (++pending == 1000) {
                            insert.executeBatch();
                            pending = 0;
                        }
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
            Map<String, String> issuers = new LinkedHashMap<>();
            certificates.forEach(c -> issuers.putIfAbsent(c.issuerNameHash(), c.issuer()));
            insertIssuerWords(connection, issuers);
        });
    }

    /** Adds the words of those issuer names (issuer name hash to issuer) that have none in issuer_name_word yet. */
    static void insertIssuerWords(Connection connection, Map<String, String> issuers) throws SQLException {
        Map<String, String> missing = new LinkedHashMap<>(issuers);
        List<String> hashes = new ArrayList<>(issuers.keySet());
        for (int from = 0; from < hashes.size(); from += 500) {
            List<String> chunk = hashes.subList(from, Math.min(hashes.size(), from + 500));
            try (PreparedStatement known = connection.prepareStatement("select distinct issuerNameHash from issuer_name_word where issuerNameHash in ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    known.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rows = known.executeQuery()) {
                    while (rows.next()) {
                        missing.remove(rows.getString(1));
                    }
                }
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into issuer_name_word (issuerNameHash, word) values (?, ?)")) {
            for (Map.Entry<String, String> issuer : missing.entrySet()) {
                for (String word : CertificateNames.issuerWords(issuer.getValue())) {
                    insert.setString(1, issuer.getKey());
                    insert.setString(2, word);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    // Inside the start lock (StartLock: priorities 5 to 15,000), after the seed (10), so one instance does it once.
    void onStart(@Observes @Priority(10_100) StartupEvent event) {
        if (!QuarkusTransaction.requiringNew().call(() -> isSet(BACKFILLED))) {
            int total = backfill();
            QuarkusTransaction.requiringNew().run(() -> set(BACKFILLED, "V10"));
            if (total > 0) {
                LOG.infof("Indexed the names of %d certificates stored before the search index existed", total);
            }
        }
        if (!QuarkusTransaction.requiringNew().call(() -> isSet(ISSUER_WORDS_BACKFILLED))) {
            int issuers = backfillIssuerWords();
            QuarkusTransaction.requiringNew().run(() -> set(ISSUER_WORDS_BACKFILLED, "V17"));
            if (issuers > 0) {
                LOG.infof("Indexed the words of %d issuer names stored before V17", issuers);
            }
        }
    }

    /**
     * Adds, in a transaction of its own, the words of every issuer name on file that has none; idempotent. Returns how
     * many issuer names it went through. Runs once by itself; call it after storing certificates by plain SQL.
     */
    public int backfillIssuerWords() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, String> issuers = new LinkedHashMap<>();
            em.createQuery("select c.issuerNameHash, min(c.issuer) from StoredCertificate c group by c.issuerNameHash", Object[].class)
                    .getResultList().forEach(row -> issuers.put((String) row[0], (String) row[1]));
            em.unwrap(Session.class).doWork(connection -> insertIssuerWords(connection, issuers));
            return issuers.size();
        });
    }

    private void set(String name, String setting) {
        em.createNativeQuery("insert into casebook_setting (name, setting) values (?1, ?2)").setParameter(1, name).setParameter(2, setting).executeUpdate();
    }

    /**
     * Indexes every stored certificate that has no index rows, in batches of their own transactions; idempotent.
     * Returns how many it indexed. Runs once by itself; call it after storing certificates by plain SQL.
     */
    public int backfill() {
        long after = 0;
        int total = 0;
        while (true) {
            long from = after;
            long[] lastAndCount = QuarkusTransaction.requiringNew().call(() -> backfillBatch(from));
            if (lastAndCount == null) {
                return total;
            }
            after = lastAndCount[0];
            total += (int) lastAndCount[1];
        }
    }

    boolean isSet(String name) {
        return ((Number) em.createNativeQuery("select count(*) from casebook_setting where name = ?1")
                .setParameter(1, name).getSingleResult()).longValue() > 0;
    }

    /** Indexes the next batch of unindexed certificates with ids above {@code after}: {last id seen, indexed}, or null at the end. */
    long[] backfillBatch(long after) {
        List<Object[]> batch = em.createQuery("select c.id, c.subject, c.issuer, c.issuerNameHash, c.serialHex, c.subjectAltNames from StoredCertificate c"
                + " where c.id > ?1 order by c.id", Object[].class).setParameter(1, after).setMaxResults(BATCH).getResultList();
        if (batch.isEmpty()) {
            return null;
        }
        long last = (Long) batch.get(batch.size() - 1)[0];
        @SuppressWarnings("unchecked")
        List<Number> indexed = em.createNativeQuery("select distinct certificate_id from certificate_name where certificate_id between ?1 and ?2")
                .setParameter(1, (Long) batch.get(0)[0]).setParameter(2, last).getResultList();
        java.util.Set<Long> done = new java.util.HashSet<>();
        indexed.forEach(id -> done.add(id.longValue()));
        List<Row> rows = new ArrayList<>();
        for (Object[] c : batch) {
            if (!done.contains((Long) c[0])) {
                rows.add(new Row((Long) c[0], (String) c[1], (String) c[2], (String) c[3], (String) c[4], (String) c[5]));
            }
        }
        insert(rows);
        return new long[] {last, rows.size()};
    }
}
