package org.casebook.evidence.service;

import static jakarta.transaction.Transactional.TxType.REQUIRES_NEW;
import static jakarta.transaction.Transactional.TxType.SUPPORTS;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casebook.analysis.CertificateView;
import org.casebook.ca.CertificationAuthority;
import org.casebook.evidence.CertificateDetails;
import org.casebook.evidence.CertificateRecords;
import org.casebook.evidence.EvidenceLink;
import org.casebook.evidence.StoredCertificate;
import org.casebook.evidence.StoredFinding;
import org.casebook.evidence.corpus.BatchQuestions;
import org.casebook.issue.Issue;
import org.casebook.web.ApiException;
import org.jboss.logging.Logger;

/**
 * Stores certificates once per SHA-256, with their per-certificate findings, one or a batch to a transaction,
 * and files them as evidence for an issue with a reviewer's note.
 */
@ApplicationScoped
@Transactional
public class CertificateService {

    private static final Logger LOG = Logger.getLogger(CertificateService.class);
    public static final int MAX_NOTE_LENGTH = 4096;

    @Inject
    CertificateLints lints;

    @Inject
    CorpusAnalysis corpus;

    @Inject
    StoredCorpusFindings storedCorpus;

    @Inject
    jakarta.enterprise.event.Event<org.casebook.evidence.CertificatesArrived> arrived;

    /** Certificates stored for the first time (uploads, imports): Prometheus shows it per second as a rate. */
    private final io.micrometer.core.instrument.Counter storedCount;

    @Inject
    CertificateService(io.micrometer.core.instrument.MeterRegistry metrics) {
        storedCount = io.micrometer.core.instrument.Counter.builder("casebook.certificates.stored")
                .description("Certificates stored for the first time (uploads and imports)").register(metrics);
    }

    /** What storing one certificate did: the record, whether it was on file before, and its evidence link if any. */
    public record Filed(StoredCertificate certificate, boolean alreadyOnFile, EvidenceLink link) {
    }

    /**
     * Stores the certificate unless one with the same SHA-256 is on file, and links it to {@code issue}
     * (when given) with {@code note}. One transaction: afterwards either everything is stored or nothing.
     */
    @Transactional(REQUIRES_NEW)
    public Filed file(CertificateView view, List<StoredFinding> findings, String user, Long issueId, String note) {
        Map<String, StoredCertificate> onFile = new HashMap<>();
        StoredCertificate.findBySha256(view.sha256Hex()).ifPresent(c -> onFile.put(c.sha256, c));
        NewRecords records = newRecords(List.of(view), List.of(findings), onFile, user, NOTHING_TO_ADD);
        Filed filed = fileHere(view, records.bySha256(), user, issueId, note, onFile);
        if (!filed.alreadyOnFile()) {
            arrived(List.of(filed.certificate()), List.of(view), records);
        }
        return filed;
    }

    /**
     * {@link #file} for each certificate, in order, all in one transaction: afterwards either all are stored or none.
     * Which are on file is asked once for all of them; a certificate twice in the list is stored once.
     */
    @Transactional(REQUIRES_NEW)
    public List<Filed> fileAll(List<CertificateView> views, List<List<StoredFinding>> findings, String user, Long issueId, String note) {
        return fileEach(views, findings, user, issueId, note, NOTHING_TO_ADD);
    }

    private static final java.util.function.Consumer<StoredCertificate> NOTHING_TO_ADD = certificate -> {
    };

    /**
     * Stores each certificate not on file, with its findings and corpus findings, in the caller's transaction (an import
     * of a whole case file is one): the upload path without evidence links. {@code complete} fills in what the caller
     * knows about a new record (its CA, role, when and by whom it was first stored) before it is persisted.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Filed> storeInCurrentTransaction(List<CertificateView> views, List<List<StoredFinding>> findings, String user,
            java.util.function.Consumer<StoredCertificate> complete) {
        return fileEach(views, findings, user, null, null, complete);
    }

    private List<Filed> fileEach(List<CertificateView> views, List<List<StoredFinding>> findings, String user, Long issueId, String note,
            java.util.function.Consumer<StoredCertificate> complete) {
        Map<String, StoredCertificate> onFile = new HashMap<>();
        List<String> sha256s = views.stream().map(CertificateView::sha256Hex).distinct().toList();
        for (int from = 0; from < sha256s.size(); from += 1000) {
            StoredCertificate.<StoredCertificate>list("sha256 in ?1", sha256s.subList(from, Math.min(sha256s.size(), from + 1000)))
                    .forEach(c -> onFile.put(c.sha256, c));
        }
        NewRecords records = newRecords(views, findings, onFile, user, complete);
        List<Filed> filed = new ArrayList<>(views.size());
        List<StoredCertificate> arrivals = new ArrayList<>();
        List<CertificateView> arrivalViews = new ArrayList<>();
        for (int i = 0; i < views.size(); i++) {
            boolean known = onFile.containsKey(views.get(i).sha256Hex());
            Filed one = fileHere(views.get(i), records.bySha256(), user, issueId, note, onFile);
            filed.add(one);
            if (!known) {
                arrivals.add(one.certificate());
                arrivalViews.add(views.get(i));
            }
        }
        arrived(arrivals, arrivalViews, records);
        return filed;
    }

    /**
     * What every newly stored certificate gets in the transaction that stores it: its corpus findings (and those of the
     * certificates it changes), and the observers of {@link org.casebook.evidence.CertificatesArrived} (the search index).
     */
    private void arrived(List<StoredCertificate> arrivals, List<CertificateView> views, NewRecords records) {
        storedCorpus.arrived(arrivals, views, records.askedBeforeInsert());
        if (!arrivals.isEmpty()) {
            arrived.fire(new org.casebook.evidence.CertificatesArrived(arrivals));
        }
    }

    /** Why the certificate cannot be stored, if its serial number is too long for the serial column. */
    public static Optional<String> unstorableSerial(CertificateView view) {
        // The serial is an identity column (duplicate checks): it is not cut like display text.
        return view.serialHex().length() <= StoredCertificate.SERIAL_HEX_LENGTH ? Optional.empty()
                : Optional.of("its serial number is " + view.serialHex().length() / 2 + " octets long; Casebook stores serial"
                        + " numbers of up to " + StoredCertificate.SERIAL_HEX_LENGTH / 2 + " octets (RFC 5280 allows 20)");
    }

    /** The records of certificates not on file, by SHA-256, and their corpus questions asked before their insert. */
    private record NewRecords(Map<String, StoredCertificate> bySha256, BatchQuestions askedBeforeInsert) {
    }

    /**
     * The records, by SHA-256, of the certificates not on file (each once, storable ones only), not persisted yet, with
     * the corpus columns their analysis will set ({@link StoredCorpusFindings#beforeInsert}).
     */
    private NewRecords newRecords(List<CertificateView> views, List<List<StoredFinding>> findings,
            Map<String, StoredCertificate> onFile, String user, java.util.function.Consumer<StoredCertificate> complete) {
        Map<String, StoredCertificate> records = new HashMap<>();
        List<StoredCertificate> newRecords = new ArrayList<>();
        List<CertificateView> newViews = new ArrayList<>();
        for (int i = 0; i < views.size(); i++) {
            CertificateView view = views.get(i);
            if (!onFile.containsKey(view.sha256Hex()) && !records.containsKey(view.sha256Hex()) && unstorableSerial(view).isEmpty()) {
                StoredCertificate record = newRecord(view, findings.get(i), user, complete);
                records.put(record.sha256, record);
                newRecords.add(record);
                newViews.add(view);
            }
        }
        return new NewRecords(records, storedCorpus.beforeInsert(newRecords, newViews));
    }

    /** A record of a certificate not on file yet, not persisted. */
    private StoredCertificate newRecord(CertificateView view, List<StoredFinding> findings, String user,
            java.util.function.Consumer<StoredCertificate> complete) {
        StoredCertificate certificate = CertificateRecords.fromView(view, user);
        certificate.findings.addAll(findings);
        certificate.lintSetVersion = lints.fingerprint();
        certificate.corpusAnalysedOnArrival = true;
        complete.accept(certificate);
        return certificate;
    }

    /**
     * Files one certificate; {@code onFile} holds the stored certificates by SHA-256 and receives the one stored now,
     * {@code records} the new records of those not on file.
     */
    private Filed fileHere(CertificateView view, Map<String, StoredCertificate> records, String user, Long issueId, String note,
            Map<String, StoredCertificate> onFile) {
        unstorableSerial(view).ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
        });
        StoredCertificate certificate = onFile.get(view.sha256Hex());
        boolean alreadyOnFile = certificate != null;
        if (certificate == null) {
            certificate = records.get(view.sha256Hex());
            certificate.persist();
            storedCount.increment();
            onFile.put(certificate.sha256, certificate);
        }
        EvidenceLink link = null;
        if (issueId != null) {
            Issue issue = Issue.findById(issueId);
            // a certificate stored just now has no links yet: spares one query per certificate of a bundle
            link = alreadyOnFile ? EvidenceLink.find("issue = ?1 and certificate = ?2", issue, certificate).firstResult() : null;
            if (link == null) {
                link = new EvidenceLink();
                link.issue = issue;
                link.certificate = certificate;
                link.addedBy = user;
                link.addedAt = Instant.now();
                link.note = blankToNull(note);
                link.persist();
            } else if (blankToNull(note) != null) {
                link.note = note.strip();
            }
        }
        return new Filed(certificate, alreadyOnFile, link);
    }

    /** Changes the note on an evidence link; a blank note removes it. */
    public EvidenceLink setNote(long linkId, String note) {
        EvidenceLink link = EvidenceLink.findById(linkId);
        if (link == null) {
            throw ApiException.notFound("no evidence link " + linkId);
        }
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            throw ApiException.badRequest("note: at most " + MAX_NOTE_LENGTH + " characters");
        }
        link.note = blankToNull(note);
        return link;
    }

    /** The stored per-certificate findings, recomputed (and stored again) if the lint set changed since. */
    public List<StoredFinding> currentFindings(StoredCertificate certificate) {
        if (lints.fingerprint().equals(certificate.lintSetVersion)) {
            return certificate.findings;
        }
        return relint(certificate);
    }

    private List<StoredFinding> relint(StoredCertificate certificate) {
        List<StoredFinding> findings = lints.findings(CertificateDetails.view(certificate));
        certificate.findings.clear();
        certificate.findings.addAll(findings);
        certificate.lintSetVersion = lints.fingerprint();
        return List.copyOf(findings);
    }

    /**
     * Per-certificate findings plus the corpus checks against everything stored now, errors first: what a lint
     * request answers for one certificate. {@code caSlug} is the CA the certificate is evidence for, if known.
     */
    public List<StoredFinding> withCorpus(List<StoredFinding> perCertificate, CertificateView view, String caSlug) {
        List<StoredFinding> all = new ArrayList<>(perCertificate);
        all.addAll(StoredCorpusFindings.stored(corpus.check(view, caSlug)));
        all.sort(CertificateLints.BY_SEVERITY);
        return all;
    }

    /**
     * Per-certificate findings plus the stored corpus findings of a stored certificate, errors first: what the
     * corpus checks find now, read rather than recomputed ({@link StoredCorpusFindings#read}).
     */
    @Transactional(SUPPORTS)
    public List<StoredFinding> withStoredCorpus(List<StoredFinding> perCertificate, long certificateId, String caSlug) {
        return withStoredCorpus(Map.of(certificateId, perCertificate), caSlug).get(certificateId);
    }

    /** {@link #withStoredCorpus} for many stored certificates at once, by certificate id; {@code perCertificate} by id too. */
    @Transactional(SUPPORTS)
    public Map<Long, List<StoredFinding>> withStoredCorpus(Map<Long, List<StoredFinding>> perCertificate, String caSlug) {
        Map<Long, List<StoredFinding>> corpusFindings = storedCorpus.read(perCertificate.keySet(), caSlug);
        Map<Long, List<StoredFinding>> all = new HashMap<>();
        perCertificate.forEach((id, findings) -> {
            List<StoredFinding> merged = new ArrayList<>(findings);
            merged.addAll(corpusFindings.getOrDefault(id, List.of()));
            merged.sort(CertificateLints.BY_SEVERITY);
            all.put(id, merged);
        });
        return all;
    }

    /**
     * The stored findings of each evidence certificate of an issue plus its stored corpus findings, with the issue's
     * CA as context; by evidence link id. All links are of one issue (a page of them, or all): read in a few queries
     * over the issue's links, nothing parsed or looked up per certificate.
     */
    @Transactional(SUPPORTS)
    public Map<Long, List<StoredFinding>> evidenceFindings(List<EvidenceLink> links, String caSlug) {
        if (links.isEmpty()) {
            return new HashMap<>();
        }
        long issueId = links.get(0).issue.id;
        long first = links.stream().mapToLong(l -> l.id).min().orElseThrow();
        long last = links.stream().mapToLong(l -> l.id).max().orElseThrow();
        Map<Long, List<StoredFinding>> perCertificate = new HashMap<>();
        links.forEach(link -> perCertificate.put(link.certificate.id, new ArrayList<>()));
        for (Object row : StoredCertificate.getEntityManager().createNativeQuery("select f.certificate_id, f.code, f.severity, f.message, f.citation"
                + " from evidence_link l join certificate_finding f on f.certificate_id = l.certificate_id where l.issue_id = ?1 and l.id between ?2 and ?3")
                .setParameter(1, issueId).setParameter(2, first).setParameter(3, last).getResultList()) {
            Object[] r = (Object[]) row;
            List<StoredFinding> findings = perCertificate.get(((Number) r[0]).longValue());
            if (findings != null) {
                findings.add(new StoredFinding((String) r[1], (String) r[2], (String) r[3], (String) r[4]));
            }
        }
        Map<Long, List<StoredFinding>> corpusFindings = storedCorpus.readEvidence(issueId, first, last, perCertificate.keySet(), caSlug);
        Map<Long, List<StoredFinding>> byLink = new HashMap<>();
        for (EvidenceLink link : links) {
            List<StoredFinding> merged = new ArrayList<>(perCertificate.get(link.certificate.id));
            merged.addAll(corpusFindings.getOrDefault(link.certificate.id, List.of()));
            merged.sort(CertificateLints.BY_SEVERITY);
            byLink.put(link.id, merged);
        }
        return byLink;
    }

    /** {@link #currentFindings} of a certificate that another transaction stored or loaded, as a detached copy. */
    public List<StoredFinding> currentFindingsDetached(StoredCertificate detached) {
        StoredCertificate certificate = StoredCertificate.findById(detached.id);
        return List.copyOf(currentFindings(certificate));
    }

    /** Which of these SHA-256 fingerprints (lower-case hex) are on file: one query per thousand. */
    @Transactional(SUPPORTS)
    public Set<String> onFile(List<String> sha256s) {
        Set<String> found = new HashSet<>();
        List<String> distinct = sha256s.stream().map(s -> s.toLowerCase(Locale.ROOT)).distinct().toList();
        for (int from = 0; from < distinct.size(); from += 1000) {
            found.addAll(StoredCertificate.getEntityManager()
                    .createQuery("select c.sha256 from StoredCertificate c where c.sha256 in ?1", String.class)
                    .setParameter(1, distinct.subList(from, Math.min(distinct.size(), from + 1000))).getResultList());
        }
        return found;
    }

    /** Ids of certificates whose findings were made by another lint set (or never), a batch at a time. */
    public List<Long> staleIds(long afterId, int batch) {
        return StoredCertificate.getEntityManager()
                .createQuery("select c.id from StoredCertificate c where c.id > ?1 and (c.lintSetVersion is null or c.lintSetVersion <> ?2) order by c.id", Long.class)
                .setParameter(1, afterId).setParameter(2, lints.fingerprint()).setMaxResults(batch).getResultList();
    }

    /** Re-lints the given certificates in one transaction; a certificate that no longer parses keeps its findings. */
    @Transactional(REQUIRES_NEW)
    public int relintAll(List<Long> ids) {
        List<StoredCertificate> parsed = new ArrayList<>();
        List<CertificateView> views = new ArrayList<>();
        for (Long id : ids) {
            StoredCertificate certificate = StoredCertificate.findById(id);
            try {
                views.add(CertificateDetails.view(certificate));
                parsed.add(certificate);
            } catch (IllegalStateException unparseable) {
                LOG.warnf("certificate %s no longer parses; its findings are left as they were", certificate.sha256);
                certificate.lintSetVersion = lints.fingerprint();
            }
        }
        List<List<StoredFinding>> findings = lints.findingsOfEach(views);
        int done = 0;
        for (int i = 0; i < parsed.size(); i++) {
            StoredCertificate certificate = parsed.get(i);
            if (findings.get(i) == null) {
                LOG.warnf("certificate %s could not be linted; its findings are left as they were", certificate.sha256);
            } else {
                certificate.findings.clear();
                certificate.findings.addAll(findings.get(i));
                done++;
            }
            certificate.lintSetVersion = lints.fingerprint();
        }
        return done;
    }

    public static String blankToNull(String note) {
        return note == null || note.isBlank() ? null : note.strip();
    }

    /** The stored certificate with this SHA-256, or a 404. */
    @Transactional(SUPPORTS)
    public StoredCertificate certificate(String sha256) {
        return StoredCertificate.findBySha256(sha256)
                .orElseThrow(() -> ApiException.notFound("no certificate with SHA-256 " + sha256.toLowerCase() + " on file"));
    }

    /** A CA's own certificates (roots, intermediates), by role then age. */
    @Transactional(SUPPORTS)
    public List<StoredCertificate> caCertificates(CertificationAuthority ca) {
        return StoredCertificate.list("ca = ?1 order by caRole, notBefore", ca);
    }
}
