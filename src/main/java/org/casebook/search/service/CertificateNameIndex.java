package org.casebook.search.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.casebook.evidence.CertificatesArrived;
import org.casebook.evidence.StoredCertificate;
import org.casebook.search.CertificateNames;
import org.casebook.search.CertificateNames.IndexedName;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Keeps {@code certificate_name} filled: certificates that arrive are indexed in the transaction that stores them
 * ({@link CertificatesArrived}), and once, at the first start after V10, every certificate stored before it.
 */
@ApplicationScoped
public class CertificateNameIndex {

    private static final Logger LOG = Logger.getLogger(CertificateNameIndex.class);
    private static final int BATCH = 500;
    /** A row of casebook_setting present once the backfill has gone through every certificate stored before V10. */
    static final String BACKFILLED = "certificate-names-backfilled";

    @Inject
    EntityManager em;

    // Synchronous: runs in the transaction of whoever fired the event.
    void onArrival(@Observes CertificatesArrived arrived) {
        List<Row> rows = new ArrayList<>();
        for (StoredCertificate c : arrived.certificates()) {
            rows.add(new Row(c.id, c.subject, c.issuer, c.serialHex, c.subjectAltNames));
        }
        // The index rows refer to the certificates' rows: flush only if some are not inserted yet (the storing path
        // has flushed them already; its later changes, the corpus columns, can wait for the commit's flush).
        if (em.unwrap(org.hibernate.engine.spi.SessionImplementor.class).getActionQueue().areInsertionsOrDeletionsQueued()) {
            em.flush();
        }
        insert(rows);
    }

    /** A certificate's columns the index is derived from. */
    public record Row(long certificateId, String subject, String issuer, String serialHex, String subjectAltNames) {
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
                    for (IndexedName name : CertificateNames.of(c.subject(), c.issuer(), c.serialHex(), c.subjectAltNames())) {
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
        });
    }

    // Inside the start lock (StartLock: priorities 5 to 15,000), after the seed (10), so one instance does it once.
    void onStart(@Observes @Priority(10_100) StartupEvent event) {
        if (QuarkusTransaction.requiringNew().call(this::backfilled)) {
            return;
        }
        int total = backfill();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into casebook_setting (name, setting) values (?1, ?2)")
                .setParameter(1, BACKFILLED).setParameter(2, "V10").executeUpdate());
        if (total > 0) {
            LOG.infof("Indexed the names of %d certificates stored before the search index existed", total);
        }
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

    boolean backfilled() {
        return ((Number) em.createNativeQuery("select count(*) from casebook_setting where name = ?1")
                .setParameter(1, BACKFILLED).getSingleResult()).longValue() > 0;
    }

    /** Indexes the next batch of unindexed certificates with ids above {@code after}: {last id seen, indexed}, or null at the end. */
    long[] backfillBatch(long after) {
        List<Object[]> batch = em.createQuery("select c.id, c.subject, c.issuer, c.serialHex, c.subjectAltNames from StoredCertificate c"
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
                rows.add(new Row((Long) c[0], (String) c[1], (String) c[2], (String) c[3], (String) c[4]));
            }
        }
        insert(rows);
        return new long[] {last, rows.size()};
    }
}
