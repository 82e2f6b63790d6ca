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
