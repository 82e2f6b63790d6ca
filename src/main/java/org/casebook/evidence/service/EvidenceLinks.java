package org.casebook.evidence.service;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.List;
import org.casebook.evidence.EvidenceLink;
import org.casebook.evidence.StoredCertificate;
import org.casebook.issue.Issue;
import org.casebook.issue.service.IssueService;
import org.casebook.storage.VersionedEdits;
import org.casebook.web.ApiException;
import org.casebook.web.ExpectedVersion;
import org.casebook.web.Inputs;

/** Stored certificates filed as evidence for an issue: filing, the note, taking them off, and reading them. */
@ApplicationScoped
@Transactional
public class EvidenceLinks {

    private static final String FIELDS = "{\"sha256\",\"note\"}";

    @Inject
    IssueService issues;

    @Inject
    Validator validator;

    @Inject
    SecurityIdentity identity;

    @Inject
    VersionedEdits edits;

    /** Files a stored certificate as evidence for the issue, or changes the note when it already is. */
    public EvidenceLink linkEvidence(String caSlug, String letter, EvidenceInput input) {
        Issue issue = issues.issue(caSlug, letter);
        Inputs.valid(validator, input, FIELDS);
        StoredCertificate certificate = StoredCertificate.findBySha256(input.sha256())
                .orElseThrow(() -> ApiException.badRequest("sha256: no stored certificate has SHA-256 " + input.sha256().toLowerCase()
                        + " (upload it first)"));
        EvidenceLink link = EvidenceLink.<EvidenceLink>find("issue = ?1 and certificate = ?2", issue, certificate).firstResultOptional()
                .orElse(null);
        if (link == null) {
            link = new EvidenceLink();
            link.issue = issue;
            link.certificate = certificate;
            link.addedBy = identity.isAnonymous() ? "system" : identity.getPrincipal().getName();
            link.addedAt = Instant.now();
            link.note = Inputs.blankToNull(input.note());
            link.persist();
        } else {
            edits.lock(link, l -> l.version, ExpectedVersion.of(null, input.version()), "evidence " + certificate.sha256);
            link.note = Inputs.blankToNull(input.note());
        }
        return link;
    }

    /** What filing many certificates at once did: how many links were made, and how many were there already. */
    public record BulkFiled(int linked, int alreadyLinked) {
    }

    /** Certificates filed at once; a corpus report row holds at most a CA's corpus, and one request stays bounded. */
    public static final int BULK_MAX = 100_000;

    /**
     * Files many stored certificates as evidence for the issue in one transaction: all of them, or none when any
     * SHA-256 is malformed or not on file (the 400 names them). Certificates already filed keep their link and note.
     */
    public BulkFiled linkAll(String caSlug, String letter, List<String> sha256s, String note) {
        Issue issue = issues.issue(caSlug, letter);
        if (sha256s == null || sha256s.stream().allMatch(s -> s == null || s.isBlank())) {
            throw ApiException.badRequest("sha256: select at least one certificate");
        }
        if (sha256s.size() > BULK_MAX) {
            throw ApiException.badRequest("sha256: at most " + BULK_MAX + " certificates at once, got " + sha256s.size());
        }
        if (note != null && note.length() > CertificateService.MAX_NOTE_LENGTH) {
            throw ApiException.badRequest("note: at most " + CertificateService.MAX_NOTE_LENGTH + " characters");
        }
        java.util.Set<String> wanted = new java.util.LinkedHashSet<>();
        List<String> malformed = new java.util.ArrayList<>();
        for (String sha256 : sha256s) {
            if (sha256 == null || sha256.isBlank()) {
                continue;
            }
            String hex = sha256.strip().toLowerCase(java.util.Locale.ROOT);
            if (hex.matches("[0-9a-f]{64}")) {
                wanted.add(hex);
            } else {
                malformed.add(sha256.strip());
            }
        }
        if (!malformed.isEmpty()) {
            throw ApiException.badRequest("sha256: not a SHA-256 (64 hex digits): " + named(malformed));
        }
        java.util.Map<String, Long> ids = new java.util.HashMap<>();
        List<String> all = List.copyOf(wanted);
        var em = EvidenceLink.getEntityManager();
        for (int from = 0; from < all.size(); from += 1000) {
            for (Object[] row : em.createQuery("select c.sha256, c.id from StoredCertificate c where c.sha256 in ?1", Object[].class)
                    .setParameter(1, all.subList(from, Math.min(all.size(), from + 1000))).getResultList()) {
                ids.put((String) row[0], (Long) row[1]);
            }
        }
        List<String> missing = all.stream().filter(s -> !ids.containsKey(s)).toList();
        if (!missing.isEmpty()) {
            throw ApiException.badRequest("sha256: no stored certificate has SHA-256 " + named(missing) + " (upload them first)");
        }
        java.util.Set<Long> linked = new java.util.HashSet<>();
        List<Long> idList = List.copyOf(ids.values());
        for (int from = 0; from < idList.size(); from += 1000) {
            linked.addAll(em.createQuery("select l.certificate.id from EvidenceLink l where l.issue = ?1 and l.certificate.id in ?2", Long.class)
                    .setParameter(1, issue).setParameter(2, idList.subList(from, Math.min(idList.size(), from + 1000))).getResultList());
        }
        String by = identity.isAnonymous() ? "system" : identity.getPrincipal().getName();
        Instant now = Instant.now();
        int made = 0;
        for (String sha256 : all) {
            Long id = ids.get(sha256);
            if (linked.contains(id)) {
                continue;
            }
            EvidenceLink link = new EvidenceLink();
            link.issue = issue;
            link.certificate = em.getReference(StoredCertificate.class, id);
            link.addedBy = by;
            link.addedAt = now;
            link.note = Inputs.blankToNull(note);
            link.persist();
            made++;
        }
        return new BulkFiled(made, all.size() - made);
    }

    private static String named(List<String> values) {
        return String.join(", ", values.subList(0, Math.min(10, values.size()))) + (values.size() > 10 ? " and " + (values.size() - 10) + " more" : "");
    }

    /** Changes the note of a certificate filed as evidence for the issue. */
    public EvidenceLink updateEvidence(String caSlug, String letter, String sha256, String note, ExpectedVersion expected) {
        EvidenceLink link = evidence(caSlug, letter, sha256);
        Inputs.valid(validator, new EvidenceInput(link.certificate.sha256, note), FIELDS);
        edits.lock(link, l -> l.version, expected, "evidence " + link.certificate.sha256);
        link.note = Inputs.blankToNull(note);
        return link;
    }

    public void unlinkEvidence(String caSlug, String letter, String sha256) {
        unlinkEvidence(caSlug, letter, sha256, ExpectedVersion.NONE);
    }

    public void unlinkEvidence(String caSlug, String letter, String sha256, ExpectedVersion expected) {
        edits.lock(evidence(caSlug, letter, sha256), l -> l.version, expected, "evidence " + sha256).delete();
    }

    @Transactional(SUPPORTS)
    public EvidenceLink evidence(String caSlug, String letter, String sha256) {
        Issue issue = issues.issue(caSlug, letter);
        return EvidenceLink.<EvidenceLink>find("issue = ?1 and certificate.sha256 = ?2", issue, sha256.toLowerCase()).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("issue '" + letter + "' has no evidence certificate " + sha256));
    }

    @Transactional(SUPPORTS)
    public List<EvidenceLink> forIssue(Issue issue) {
        return EvidenceLink.forIssue(issue);
    }

    @Transactional(SUPPORTS)
    public long countForIssue(Issue issue) {
        return EvidenceLink.countForIssue(issue);
    }

    /** {@code size} of the issue's evidence links from {@code offset}, in the issue page's order. */
    @Transactional(SUPPORTS)
    public List<EvidenceLink> forIssue(Issue issue, int offset, int size) {
        return EvidenceLink.forIssue(issue, offset, size);
    }

    /** The stored findings counted over all the issue's evidence certificates. */
    @Transactional(SUPPORTS)
    public List<EvidenceLink.FindingCount> findingCounts(Issue issue) {
        return EvidenceLink.findingCounts(issue);
    }

    /** The issues a certificate is filed under. */
    @Transactional(SUPPORTS)
    public List<EvidenceLink> forCertificate(StoredCertificate certificate) {
        return EvidenceLink.forCertificate(certificate);
    }

    @Transactional(SUPPORTS)
    public java.util.Map<Long, List<EvidenceLink>> forCertificates(List<Long> certificateIds) {
        return EvidenceLink.forCertificates(certificateIds);
    }

    /** The evidence link with this id on this issue, or a 404. */
    @Transactional(SUPPORTS)
    public EvidenceLink link(Issue issue, long linkId) {
        EvidenceLink link = EvidenceLink.findById(linkId);
        if (link == null || !link.issue.id.equals(issue.id)) {
            throw ApiException.notFound("issue " + issue.letter + " has no evidence link " + linkId);
        }
        return link;
    }
}
