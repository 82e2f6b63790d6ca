package org.casebook.evidence.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.casebook.analysis.CertificateView;
import org.casebook.evidence.CertificateRecords;
import org.casebook.evidence.EvidenceLink;
import org.casebook.evidence.StoredCertificate;
import org.casebook.evidence.StoredFinding;
import org.casebook.evidence.UploadParser;
import org.casebook.evidence.UploadParser.Item;
import org.casebook.evidence.UploadParser.Part;
import org.casebook.evidence.config.UploadConfig;
import org.casebook.issue.Issue;
import org.jboss.logging.Logger;

/**
 * An upload from start to end: limits, parsing, per-certificate lints, and storing the certificates in
 * transactions of {@value #FILE_BATCH} (or, for a lint request, storing nothing). Bad input comes back as values; the
 * REST and HTML edges decide how to show them.
 */
@ApplicationScoped
public class EvidenceUploads {

    private static final Logger LOG = Logger.getLogger(EvidenceUploads.class);

    @Inject
    UploadConfig config;

    @Inject
    CertificateLints lints;

    @Inject
    CertificateService certificates;

    /** One certificate of the upload with what became of it; {@code certificate} is unsaved for a lint request. */
    public record Processed(int index, String source, CertificateView view, StoredCertificate certificate, boolean alreadyOnFile,
            EvidenceLink link, List<StoredFinding> findings) {
    }

    public sealed interface Result permits Refused, Done {
    }

    /** The whole request is refused: over a limit (413), or nothing in it is a certificate (400). */
    public record Refused(int status, String error, String detail) implements Result {
    }

    /** Every certificate's findings hold the per-certificate lints and the corpus checks, errors first. */
    public record Done(List<Processed> certificates, List<Item> rejected) implements Result {
    }

    /**
     * What one lint request may carry: {@code maxItems} (named by {@code maxItemsSetting} in the 413, with
     * {@code whoseLimit} saying whose limit it is), and {@code admit}, told the number of certificates once they are
     * parsed and before any is linted (it may throw to refuse). {@code cpuNanos} receives the CPU time of the pool
     * threads that helped lint (the calling thread's share is in its own CPU time), for callers who count it.
     */
    public record LintLimits(int maxItems, String maxItemsSetting, String whoseLimit, java.util.function.IntConsumer admit,
            java.util.concurrent.atomic.LongAdder cpuNanos) {
    }

    @Inject
    CorpusAnalysis corpus;

    @Inject
    LintWorkers workers;

    /** Certificates linted and corpus-checked together by one thread (and in one transaction): the batch size of LintSuite.runAll. */
    static final int LINT_CHUNK = 64;

    public UploadConfig config() {
        return config;
    }

    /** The 413 answer for a request body over the size limit. */
    public Refused tooLarge(long bytes) {
        return new Refused(413, "request too large", "the upload is " + (bytes < 0 ? "more than " + config.maxRequestBytes() : bytes)
                + " bytes; the limit is " + config.maxRequestBytes() + " bytes (casebook.upload.max-request-bytes)");
    }

    /**
     * Parses, lints and stores; each certificate is linked to {@code issue} (if given) with {@code note}. Certificates
     * are filed {@value #FILE_BATCH} to a transaction; if such a transaction fails, its certificates are filed again
     * one per transaction, so one bad certificate (or a race with another upload) costs only itself.
     */
    @io.micrometer.core.annotation.Timed(value = "casebook.uploads", description = "Uploads of evidence certificates (API and issue page)")
    public Result store(List<Part> parts, String user, Issue issue, String note) {
        Long issueId = issue == null ? null : issue.id;
        Result result = process(parts, config.maxItems(), "casebook.upload.max-items", "", views -> {
            List<List<StoredFinding>> findings = lints.findingsOfEach(views);
            List<Outcome> outcomes = new ArrayList<>(views.size());
            for (int from = 0; from < views.size(); from += FILE_BATCH) {
                int to = Math.min(views.size(), from + FILE_BATCH);
                outcomes.addAll(fileBatch(views.subList(from, to), findings.subList(from, to), user, issueId, note));
            }
            return outcomes;
        });
        return result instanceof Done done ? withStoredCorpus(done, issue == null ? null : issue.ca.slug) : result;
    }

    /** The stored certificates' findings with their stored corpus findings (read, not recomputed), in the issue's CA. */
    private Done withStoredCorpus(Done done, String caSlug) {
        Map<Long, List<StoredFinding>> withCorpus = certificates.withStoredCorpus(done.certificates().stream()
                .filter(p -> p.certificate().id != null)
                .collect(Collectors.toMap(p -> p.certificate().id, Processed::findings, (a, b) -> a)), caSlug);
        return new Done(done.certificates().stream().map(p -> new Processed(p.index(), p.source(), p.view(), p.certificate(),
                p.alreadyOnFile(), p.link(), withCorpus.getOrDefault(p.certificate().id, p.findings()))).toList(), done.rejected());
    }

    /** Certificates filed in one transaction; a commit per certificate made the database's writes most of an upload's time. */
    static final int FILE_BATCH = 100;

    private List<Outcome> fileBatch(List<CertificateView> views, List<List<StoredFinding>> findings, String user, Long issueId, String note) {
        if (!findings.contains(null)) {
            try {
                List<CertificateService.Filed> filed = certificates.fileAll(views, findings, user, issueId, note);
                List<Outcome> outcomes = new ArrayList<>(filed.size());
                for (int i = 0; i < filed.size(); i++) {
                    outcomes.add(Outcome.of(stored(filed.get(i), findings.get(i))));
                }
                return outcomes;
            } catch (Exception e) {
                // also a checked RollbackException from the commit, thrown through the transactional proxy
                LOG.debugf(e, "a batch of %d certificates could not be filed together; filing each alone", views.size());
            }
        }
        List<Outcome> outcomes = new ArrayList<>(views.size());
        for (int i = 0; i < views.size(); i++) {
            try {
                if (findings.get(i) == null) {
                    throw notLinted();
                }
                outcomes.add(Outcome.of(fileOne(views.get(i), findings.get(i), user, issueId, note)));
            } catch (Exception e) {
                outcomes.add(Outcome.failed(e));
            }
        }
        return outcomes;
    }

    private Stored fileOne(CertificateView view, List<StoredFinding> findings, String user, Long issueId, String note) {
        CertificateService.Filed filed;
        try {
            filed = certificates.file(view, findings, user, issueId, note);
        } catch (PersistenceException | IllegalStateException e) {
            // Another request stored the same certificate at the same moment: it is on file now.
            LOG.debugf(e, "storing %s raced with another request; retrying", view.sha256Hex());
            filed = certificates.file(view, findings, user, issueId, note);
        }
        return stored(filed, findings);
    }

    private Stored stored(CertificateService.Filed filed, List<StoredFinding> findings) {
        return new Stored(filed.certificate(), filed.alreadyOnFile(), filed.link(),
                filed.alreadyOnFile() ? certificates.currentFindingsDetached(filed.certificate()) : findings);
    }

    /** Parses and lints with the signed-in limits; stores nothing. */
    public Result lint(List<Part> parts) {
        return lint(parts, new LintLimits(config.maxItems(), "casebook.upload.max-items", "", count -> {
        }, new java.util.concurrent.atomic.LongAdder()));
    }

    /**
     * Parses, lints and runs the corpus checks against what is on file; stores nothing. The certificates are linted in
     * chunks of {@value #LINT_CHUNK} on every processor ({@link LintWorkers}), each chunk's corpus checks in one
     * transaction; the findings come back with the corpus findings in them, each list in
     * {@link CertificateLints#BY_SEVERITY} order.
     */
    public Result lint(List<Part> parts, LintLimits limits) {
        return process(parts, limits.maxItems(), limits.maxItemsSetting(), limits.whoseLimit(), views -> {
            limits.admit().accept(views.size());
            Set<String> onFile = certificates.onFile(views.stream().map(CertificateView::sha256Hex).toList());
            List<List<CertificateView>> chunks = new ArrayList<>();
            for (int from = 0; from < views.size(); from += LINT_CHUNK) {
                chunks.add(views.subList(from, Math.min(views.size(), from + LINT_CHUNK)));
            }
            List<List<List<StoredFinding>>> findingsByChunk = workers.map(chunks, this::lintAndCheck, limits.cpuNanos());
            List<Outcome> outcomes = new ArrayList<>(views.size());
            int i = 0;
            for (List<List<StoredFinding>> chunk : findingsByChunk) {
                for (List<StoredFinding> findings : chunk) {
                    CertificateView view = views.get(i++);
                    outcomes.add(findings == null ? Outcome.failed(notLinted())
                            : Outcome.of(new Stored(CertificateRecords.fromView(view, null), onFile.contains(view.sha256Hex()), null, findings)));
                }
            }
            return outcomes;
        });
    }

    /** Per-certificate lints and corpus checks of one chunk, merged in severity order; null for a certificate that could not be linted. */
    private List<List<StoredFinding>> lintAndCheck(List<CertificateView> chunk) {
        List<List<StoredFinding>> findings = lints.findingsOfEach(chunk);
        List<List<org.casebook.analysis.corpus.CorpusFinding>> corpusFindings = corpus.checkEach(chunk, null);
        List<List<StoredFinding>> merged = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
            if (findings.get(i) == null) {
                merged.add(null);
                continue;
            }
            List<StoredFinding> all = new ArrayList<>(findings.get(i));
            all.addAll(StoredCorpusFindings.stored(corpusFindings.get(i)));
            all.sort(CertificateLints.BY_SEVERITY);
            merged.add(all);
        }
        return merged;
    }

    /** The failure of a certificate the lint suite could not run on (its findings are null). */
    private static IllegalStateException notLinted() {
        return new IllegalStateException("the certificate could not be linted");
    }

    private record Stored(StoredCertificate certificate, boolean alreadyOnFile, EvidenceLink link, List<StoredFinding> findings) {
    }

    /** What became of one certificate: stored (or looked up), or the failure that kept it out. */
    private record Outcome(Stored stored, Exception failure) {
        static Outcome of(Stored stored) {
            return new Outcome(stored, null);
        }

        static Outcome failed(Exception failure) {
            return new Outcome(null, failure);
        }
    }

    /** Lints and stores or looks up every accepted certificate, in order. */
    private interface Step {
        List<Outcome> apply(List<CertificateView> views);
    }

    private Result process(List<Part> parts, int maxItems, String maxItemsSetting, String whoseLimit, Step step) {
        long bytes = parts.stream().mapToLong(p -> p.bytes() == null ? 0 : p.bytes().length).sum();
        if (bytes > config.maxRequestBytes()) {
            return tooLarge(bytes);
        }
        UploadParser.Upload upload = new UploadParser(maxItems).parse(parts);
        if (upload.tooManyItems()) {
            return new Refused(413, "too many items", "the upload holds more than " + maxItems
                    + " items; the limit is " + maxItems + whoseLimit + " (" + maxItemsSetting + "): split it into several uploads");
        }
        if (upload.items().isEmpty()) {
            return new Refused(400, "no certificate", "the upload is empty: send PEM text, a DER certificate, a PKCS#7 bundle, or multipart 'file' parts");
        }
        List<Item> accepted = upload.accepted(); // a new list at every call: asked once
        if (accepted.isEmpty()) {
            return new Refused(400, "no certificate", "nothing in the upload is a certificate: " + describe(upload.rejected()));
        }
        List<Processed> processed = new ArrayList<>();
        List<Item> rejected = new ArrayList<>(upload.rejected());
        List<CertificateView> views = accepted.stream().map(Item::certificate).toList();
        List<Outcome> outcomes = step.apply(views);
        for (int i = 0; i < accepted.size(); i++) {
            Item item = accepted.get(i);
            Outcome outcome = outcomes.get(i);
            if (outcome.failure() != null) {
                // Never a 500 and never half stored: the transaction of this one certificate rolled back.
                LOG.warnf(outcome.failure(), "could not store item %d (%s)", item.index(), item.source());
                rejected.add(new Item(item.index(), item.source(), new UploadParser.Rejected("could not be stored: " + reason(outcome.failure()))));
            } else {
                Stored stored = outcome.stored();
                processed.add(new Processed(item.index(), item.source(), item.certificate(), stored.certificate(), stored.alreadyOnFile(),
                        stored.link(), stored.findings()));
            }
        }
        rejected.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return new Done(processed, rejected);
    }

    /** The innermost message of a failure: what the database or our own check said, not a proxy's wrapper. */
    static String reason(Throwable failure) {
        String reason = failure.getMessage();
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                reason = cause.getMessage();
            }
        }
        reason = reason == null ? failure.getClass().getSimpleName() : reason.strip();
        return reason.length() > 300 ? reason.substring(0, 300) + "..." : reason;
    }

    private static String describe(List<Item> rejected) {
        StringBuilder out = new StringBuilder();
        for (Item item : rejected.subList(0, Math.min(5, rejected.size()))) {
            if (out.length() > 0) {
                out.append("; ");
            }
            out.append("item ").append(item.index()).append(" (").append(item.source()).append("): ").append(item.reason());
        }
        if (rejected.size() > 5) {
            out.append("; and ").append(rejected.size() - 5).append(" more");
        }
        return out.toString();
    }
}
