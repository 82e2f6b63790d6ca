package org.casebook.bulkimport.service;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casebook.analysis.CertificateView;
import org.casebook.bulkimport.ImportJob;
import org.casebook.bulkimport.config.CorpusImportConfig;
import org.casebook.ca.CertificationAuthority;
import org.casebook.evidence.CaCertificateRole;
import org.casebook.evidence.StoredCertificate;
import org.casebook.evidence.StoredFinding;
import org.casebook.evidence.service.CertificateService;
import org.hibernate.Session;

/**
 * Stores one batch of a job's items in one transaction together with the job's progress: the certificates not on file
 * (with their findings, corpus findings and search index rows, as every other path stores them), the rejected items'
 * reasons, and the job's counters and consumed-item mark. A batch is all or nothing, so a restart resumes exactly after
 * the last batch committed and no certificate is stored twice (the SHA-256 is unique besides).
 */
@ApplicationScoped
public class ImportBatches {

    /** Statements Hibernate sends to the database together within a batch's transaction. */
    static final int JDBC_BATCH = 500;

    @Inject
    CertificateService certificates;

    @Inject
    CorpusImportConfig config;

    /** What one committed batch added to the job's counters. */
    record Tally(int stored, int alreadyOnFile, int rejected) {
    }

    /**
     * Stores {@code items} (in item order, following item {@code consumedBefore}) for the job. Fails, and stores nothing,
     * when the job is no longer running or another worker moved its progress meanwhile.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Tally store(long jobId, long consumedBefore, List<PreparedItem> items, String user) {
        EntityManager em = Panache.getEntityManager();
        em.unwrap(Session.class).setJdbcBatchSize(JDBC_BATCH);
        ImportJob job = em.find(ImportJob.class, jobId);
        CertificationAuthority ca = CertificationAuthority.findById(job.caId);
        List<CertificateView> views = new ArrayList<>(items.size());
        List<List<StoredFinding>> findings = new ArrayList<>(items.size());
        List<PreparedItem> rejected = new ArrayList<>();
        for (PreparedItem item : items) {
            Optional<String> unstorable = item.accepted() ? CertificateService.unstorableSerial(item.view()) : Optional.empty();
            if (!item.accepted()) {
                rejected.add(item);
            } else if (unstorable.isPresent()) {
                rejected.add(PreparedItem.rejected(item.number(), item.source(), "could not be stored: " + unstorable.get()));
            } else {
                views.add(item.view());
                findings.add(item.findings());
            }
        }
        int stored = 0;
        int known = 0;
        if (!views.isEmpty()) {
            for (CertificateService.Filed filed : certificates.storeInCurrentTransaction(views, findings, user, certificate -> attribute(certificate, ca))) {
                if (filed.alreadyOnFile()) {
                    known++;
                } else {
                    stored++;
                }
            }
        }
        long consumedAfter = items.isEmpty() ? consumedBefore : items.get(items.size() - 1).number();
        int moved = em.createNativeQuery("update import_job set consumed = ?1, stored = stored + ?2, alreadyOnFile = alreadyOnFile + ?3,"
                        + " rejected = rejected + ?4 where id = ?5 and consumed = ?6 and state = ?7")
                .setParameter(1, consumedAfter).setParameter(2, stored).setParameter(3, known).setParameter(4, rejected.size())
                .setParameter(5, jobId).setParameter(6, consumedBefore).setParameter(7, ImportJob.RUNNING).executeUpdate();
        if (moved != 1) {
            throw new IllegalStateException("import job " + jobId + " is no longer at item " + consumedBefore + " or no longer running");
        }
        long kept = job.rejected;
        for (PreparedItem item : rejected) {
            if (kept++ >= config.rejectionsKept()) {
                break;
            }
            em.createNativeQuery("insert into import_job_rejection (job_id, item, reason) values (?1, ?2, ?3)")
                    .setParameter(1, jobId).setParameter(2, item.number())
                    .setParameter(3, cut(item.source() + ": " + item.problem(), 1024)).executeUpdate();
        }
        return new Tally(stored, known, rejected.size());
    }

    /** A CA certificate in a CA's corpus is one of the CA's own, as the CCADB import files them; the rest chain to them. */
    private static void attribute(StoredCertificate certificate, CertificationAuthority ca) {
        if (ca != null && certificate.caCertificate && certificate.ca == null) {
            certificate.ca = ca;
            certificate.caRole = certificate.subjectNameHash.equals(certificate.issuerNameHash) ? CaCertificateRole.ROOT : CaCertificateRole.INTERMEDIATE;
        }
    }

    static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 3) + "...";
    }
}
