package org.casebook.evidence.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.List;
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
 * An upload from start to end: limits, parsing, per-certificate lints, and storing each certificate in
 * its own transaction (or, for a lint request, storing nothing). Bad input comes back as values; the
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

    public record Done(List<Processed> certificates, List<Item> rejected) implements Result {
    }

    public UploadConfig config() {
        return config;
    }

    /** The 413 answer for a request body over the size limit. */
    public Refused tooLarge(long bytes) {
        return new Refused(413, "request too large", "the upload is " + (bytes < 0 ? "more than " + config.maxRequestBytes() : bytes)
                + " bytes; the limit is " + config.maxRequestBytes() + " bytes (casebook.upload.max-request-bytes)");
    }

    /** Parses, lints and stores; each certificate is linked to {@code issue} (if given) with {@code note}. */
    public Result store(List<Part> parts, String user, Issue issue, String note) {
        return process(parts, (view, findings) -> {
            Long issueId = issue == null ? null : issue.id;
            CertificateService.Filed filed;
            try {
                filed = certificates.file(view, findings, user, issueId, note);
            } catch (PersistenceException | IllegalStateException e) {
                // Another request stored the same certificate at the same moment: it is on file now.
                LOG.debugf(e, "storing %s raced with another request; retrying", view.sha256Hex());
                filed = certificates.file(view, findings, user, issueId, note);
            }
            return new Stored(filed.certificate(), filed.alreadyOnFile(), filed.link(),
                    filed.alreadyOnFile() ? certificates.currentFindingsDetached(filed.certificate()) : findings);
        });
    }

    /** Parses and lints; stores nothing. */
    public Result lint(List<Part> parts) {
        return process(parts, (view, findings) -> new Stored(CertificateRecords.fromView(view, null),
                certificates.isOnFile(view.sha256Hex()), null, findings));
    }

    private record Stored(StoredCertificate certificate, boolean alreadyOnFile, EvidenceLink link, List<StoredFinding> findings) {
    }

    private interface Step {
        Stored apply(CertificateView view, List<StoredFinding> findings);
    }

    private Result process(List<Part> parts, Step step) {
        long bytes = parts.stream().mapToLong(p -> p.bytes() == null ? 0 : p.bytes().length).sum();
        if (bytes > config.maxRequestBytes()) {
            return tooLarge(bytes);
        }
        UploadParser.Upload upload = new UploadParser(config.maxItems()).parse(parts);
        if (upload.tooManyItems()) {
            return new Refused(413, "too many items", "the upload holds more than " + config.maxItems()
                    + " items; the limit is " + config.maxItems() + " (casebook.upload.max-items): split it into several uploads");
        }
        if (upload.items().isEmpty()) {
            return new Refused(400, "no certificate", "the upload is empty: send PEM text, a DER certificate, a PKCS#7 bundle, or multipart 'file' parts");
        }
        if (upload.accepted().isEmpty()) {
            return new Refused(400, "no certificate", "nothing in the upload is a certificate: " + describe(upload.rejected()));
        }
        List<Processed> processed = new ArrayList<>();
        List<Item> rejected = new ArrayList<>(upload.rejected());
        List<List<StoredFinding>> findings = lints.findingsOfEach(upload.accepted().stream().map(Item::certificate).toList());
        for (int i = 0; i < upload.accepted().size(); i++) {
            Item item = upload.accepted().get(i);
            try {
                if (findings.get(i) == null) {
                    throw new IllegalStateException("the certificate could not be linted");
                }
                Stored stored = step.apply(item.certificate(), findings.get(i));
                processed.add(new Processed(item.index(), item.source(), item.certificate(), stored.certificate(), stored.alreadyOnFile(),
                        stored.link(), stored.findings()));
            } catch (RuntimeException e) {
                // Never a 500 and never half stored: the transaction of this one certificate rolled back.
                LOG.warnf(e, "could not store item %d (%s)", item.index(), item.source());
                rejected.add(new Item(item.index(), item.source(), new UploadParser.Rejected("could not be stored: " + e.getMessage())));
            }
        }
        rejected.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return new Done(processed, rejected);
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
