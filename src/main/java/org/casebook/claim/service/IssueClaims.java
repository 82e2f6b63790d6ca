package org.casebook.claim.service;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.casebook.claim.ClaimComparison;
import org.casebook.claim.IssueClaim;
import org.casebook.evidence.EvidenceLink;
import org.casebook.evidence.StoredFinding;
import org.casebook.evidence.service.CertificateLints;
import org.casebook.evidence.service.CertificateService;
import org.casebook.evidence.service.CorpusAnalysis;
import org.casebook.evidence.service.EvidenceLinks;
import org.casebook.analysis.LintMetadata;
import org.casebook.issue.Issue;
import org.casebook.issue.service.IssueInputs.IssueEdit;
import org.casebook.issue.service.IssueService;
import org.casebook.storage.VersionedEdits;
import org.casebook.web.ApiException;
import org.casebook.web.ExpectedVersion;
import org.casebook.web.Inputs;

/** Recording what a CA claims about an issue and which findings define it; comparing the claim with the evidence. */
@ApplicationScoped
@Transactional
public class IssueClaims {

    private static final String CLAIM_FIELDS = "{\"affectedCount\",\"periodStart\",\"periodEnd\",\"firstAffected\","
            + "\"lastAffected\",\"source\",\"contested\"}";

    @Inject
    IssueService issues;

    @Inject
    EvidenceLinks evidenceLinks;

    @Inject
    CertificateService certificates;

    @Inject
    CertificateLints lints;

    @Inject
    CorpusAnalysis corpus;

    @Inject
    VersionedEdits edits;

    @Inject
    Validator validator;

    @Transactional(SUPPORTS)
    public IssueClaim claim(Issue issue) {
        return IssueClaim.forIssue(issue).orElse(null);
    }

    @Transactional(SUPPORTS)
    public List<String> definingFindings(Issue issue) {
        IssueClaim claim = claim(issue);
        return claim == null ? List.of() : claim.definingFindingCodes();
    }

    /** Every finding code Casebook can put on a certificate: the lints' and the corpus checks'. */
    @Transactional(SUPPORTS)
    public Set<String> knownFindingCodes() {
        Set<String> codes = new TreeSet<>();
        lints.registry().lints().forEach(l -> codes.add(l.metadata().code()));
        corpus.checks().stream().map(LintMetadata::code).forEach(codes::add);
        return codes;
    }

    /**
     * Changes an issue's fields and, when {@code definingFindings} is given, its defining findings, in one transaction:
     * an unknown code is refused before anything changes.
     */
    public Issue updateIssue(String caSlug, String letter, IssueEdit edit, boolean partial, ExpectedVersion expected) {
        List<String> codes = edit == null || edit.definingFindings() == null ? null : checkedCodes(edit.definingFindings());
        Issue issue = issues.update(caSlug, letter, edit, partial, expected);
        if (codes != null || !partial) {
            setDefiningFindings(issue, codes == null ? List.of() : codes);
        }
        return issue;
    }

    /** Creates an issue with the form's fields and its defining findings, in one transaction. */
    public Issue createIssue(String caSlug, String after, IssueEdit edit) {
        List<String> codes = edit == null || edit.definingFindings() == null ? List.of() : checkedCodes(edit.definingFindings());
        Issue issue = issues.create(caSlug, after, edit);
        setDefiningFindings(issue, codes);
        return issue;
    }

    private void setDefiningFindings(Issue issue, List<String> codes) {
        IssueClaim claim = claim(issue);
        String joined = codes.isEmpty() ? null : String.join(" ", codes);
        if (claim == null) {
            if (joined == null) {
                return;
            }
            claim = new IssueClaim();
            claim.issue = issue;
            claim.definingFindings = joined;
            claim.persist();
        } else if (!java.util.Objects.equals(claim.definingFindings, joined)) {
            claim.definingFindings = joined;
        }
    }

    private List<String> checkedCodes(List<String> requested) {
        Set<String> known = knownFindingCodes();
        Set<String> codes = new LinkedHashSet<>();
        for (String code : requested) {
            String c = code == null ? "" : code.strip();
            if (c.isEmpty()) {
                throw ApiException.badRequest("definingFindings: a finding code must not be blank");
            }
            if (!known.contains(c)) {
                throw ApiException.badRequest("definingFindings: unknown finding code '" + c + "' (GET /api/lints lists them)");
            }
            codes.add(c);
        }
        return new ArrayList<>(codes);
    }

    /** Records (replaces) the CA's claim; defining findings stay as they are. */
    public IssueClaim setClaim(String caSlug, String letter, ClaimInput input, ExpectedVersion expected) {
        Issue issue = issues.issue(caSlug, letter);
        Inputs.valid(validator, input, CLAIM_FIELDS);
        requireOrdered("periodEnd", input.periodStart(), input.periodEnd());
        requireOrdered("lastAffected", input.firstAffected(), input.lastAffected());
        IssueClaim claim = claim(issue);
        if (claim == null) {
            claim = new IssueClaim();
            claim.issue = issue;
        } else {
            edits.lock(claim, c -> c.version, expected, "the claim of issue '" + letter + "' of '" + caSlug + "'");
        }
        claim.affectedCount = input.affectedCount();
        claim.periodStart = Inputs.blankToNull(input.periodStart());
        claim.periodEnd = Inputs.blankToNull(input.periodEnd());
        claim.firstAffected = Inputs.blankToNull(input.firstAffected());
        claim.lastAffected = Inputs.blankToNull(input.lastAffected());
        claim.source = Inputs.blankToNull(input.source());
        claim.contested = Inputs.blankToNull(input.contested());
        if (!claim.isPersistent()) {
            claim.persist();
        }
        return claim;
    }

    private static void requireOrdered(String field, String start, String end) {
        String from = Inputs.blankToNull(start);
        String to = Inputs.blankToNull(end);
        if (from != null && to != null && to.compareTo(from.substring(0, Math.min(from.length(), to.length()))) < 0) {
            throw ApiException.badRequest(field + ": '" + to + "' is before '" + from + "'");
        }
    }

    /** The claim beside the evidence on file, with every difference. */
    @Transactional(SUPPORTS)
    public ClaimComparison compare(Issue issue) {
        return compare(claim(issue), evidenceLinks.forIssue(issue), issue.ca.slug);
    }

    /** A claim beside the given evidence links of one issue (as the case file stood on some day, say). */
    @Transactional(SUPPORTS)
    public ClaimComparison compare(IssueClaim claim, List<EvidenceLink> links, String caSlug) {
        Map<Long, List<StoredFinding>> findings = certificates.evidenceFindings(links, caSlug);
        List<ClaimComparison.EvidenceRow> rows = links.stream()
                .map(l -> new ClaimComparison.EvidenceRow(l.certificate.notBefore,
                        findings.getOrDefault(l.id, List.of()).stream().map(f -> f.code).toList()))
                .toList();
        return ClaimComparison.of(claim, rows);
    }
}
