package org.casebook.evidence.corpus;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.Supplier;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.corpus.CorpusFinding;
import org.casebook.ca.CertificationAuthority;
import org.casebook.evidence.CertificateRecords;
import org.casebook.evidence.StoredCertificate;
import org.casebook.evidence.service.CorpusAnalysis;

/** Stores test certificates and CAs for the corpus tests, each call in its own transaction. */
@ApplicationScoped
public class CorpusTestStore {

    @Inject
    CorpusAnalysis analysis;

    @Transactional
    public void ca(String slug, String name, String country, String timeZone) {
        if (CertificationAuthority.findBySlug(slug).isPresent()) {
            return;
        }
        CertificationAuthority ca = new CertificationAuthority();
        ca.slug = slug;
        ca.name = name;
        ca.country = country;
        ca.timeZone = timeZone;
        ca.persist();
    }

    @Transactional
    public void store(CertificateView... views) {
        for (CertificateView view : views) {
            persist(view, null);
        }
    }

    /** Stores one of a CA's own certificates. */
    @Transactional
    public void storeForCa(CertificateView view, String caSlug) {
        persist(view, caSlug);
    }

    /** Stores the certificate and checks it within one transaction, as an upload does. */
    @Transactional
    public List<CorpusFinding> storeAndCheck(CertificateView view) {
        persist(view, null);
        return analysis.check(view, null);
    }

    /** Files a stored certificate as evidence for the CA's issue. */
    @Transactional
    public void linkEvidence(String sha256, String caSlug, String letter) {
        org.casebook.evidence.EvidenceLink link = new org.casebook.evidence.EvidenceLink();
        link.issue = org.casebook.issue.Issue.findByLetter(CertificationAuthority.findBySlug(caSlug).orElseThrow(), letter).orElseThrow();
        link.certificate = StoredCertificate.findBySha256(sha256).orElseThrow();
        link.addedAt = java.time.Instant.now();
        link.addedBy = "corpus-test";
        link.persist();
    }

    @Transactional
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    /**
     * The database's plan for a query, to see which index it uses. PostgreSQL's planner reads a small table whole
     * rather than through an index, so there it is asked for its plan with sequential scans ruled out (in this
     * transaction only): which index it can use is the question.
     */
    @Transactional
    public String explain(String sql) {
        var em = Panache.getEntityManager();
        if (postgresql()) {
            em.createNativeQuery("set local enable_seqscan = off").executeUpdate();
        }
        List<?> plan = em.createNativeQuery("explain " + sql).getResultList();
        return plan.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining("\n"));
    }

    /** Whether the tests run on PostgreSQL (the postgresql Maven profile) rather than H2. */
    @Transactional
    public boolean postgresql() {
        return Panache.getEntityManager().unwrap(org.hibernate.Session.class)
                .doReturningWork(c -> c.getMetaData().getDatabaseProductName()).equals("PostgreSQL");
    }

    private static void persist(CertificateView view, String caSlug) {
        if (StoredCertificate.findBySha256(view.sha256Hex()).isPresent()) {
            return;
        }
        StoredCertificate record = CertificateRecords.fromView(view, "corpus-test");
        if (caSlug != null) {
            record.ca = CertificationAuthority.findBySlug(caSlug).orElseThrow();
        }
        record.persist();
    }
}
