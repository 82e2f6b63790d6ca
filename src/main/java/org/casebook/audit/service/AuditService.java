package org.casebook.audit.service;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casebook.audit.AuditOpinion;
import org.casebook.audit.AuditStatement;
import org.casebook.audit.AuditedIssue;
import org.casebook.ca.CertificationAuthority;
import org.casebook.audit.service.AuditInput;
import org.casebook.issue.Issue;
import org.casebook.storage.VersionedEdits;
import org.casebook.web.ApiException;
import org.casebook.web.ExpectedVersion;
import org.casebook.web.CodedEnum;
import org.casebook.web.Inputs;
import org.casebook.storage.OwnedRecords;

/** Audit statements of a CA and which of its issues each disclosed or missed. */
@ApplicationScoped
@Transactional
public class AuditService {

    private static final List<String> OPINIONS = CodedEnum.codes(AuditOpinion.class);
    private static final String AUDIT_FIELDS = "{\"auditor\",\"standard\",...}";

    @Inject
    Validator validator;

    @Inject
    VersionedEdits edits;

    public AuditStatement create(String slug, AuditInput input) {
        AuditStatement audit = new AuditStatement();
        audit.ca = ca(slug);
        Map<Issue, Boolean> audited = apply(audit, input);
        audit.persist();
        link(audit, audited);
        return audit;
    }

    public AuditStatement update(String slug, long id, AuditInput input) {
        return update(slug, id, input, ExpectedVersion.of(null, input == null ? null : input.version()));
    }

    public AuditStatement update(String slug, long id, AuditInput input, ExpectedVersion expected) {
        AuditStatement audit = audit(slug, id);
        Inputs.valid(validator, input, AUDIT_FIELDS);
        edits.lock(audit, a -> a.version, expected, "audit statement " + id);
        Map<Issue, Boolean> audited = apply(audit, input);
        link(audit, audited);
        return audit;
    }

    public void delete(String slug, long id) {
        delete(slug, id, ExpectedVersion.NONE);
    }

    public void delete(String slug, long id, ExpectedVersion expected) {
        AuditStatement audit = edits.lock(audit(slug, id), a -> a.version, expected, "audit statement " + id);
        AuditedIssue.forAudit(audit).forEach(AuditedIssue::delete);
        audit.delete();
    }

    @Transactional(SUPPORTS)
    public AuditStatement audit(String slug, long id) {
        return OwnedRecords.find(ca(slug), "ca", AuditStatement.class, id, "CA '" + slug + "' has no audit statement " + id);
    }

    private static CertificationAuthority ca(String slug) {
        return CertificationAuthority.withSlug(slug);
    }

    private Map<Issue, Boolean> apply(AuditStatement audit, AuditInput input) {
        Inputs.valid(validator, input, AUDIT_FIELDS);
        audit.auditor = input.auditor().strip();
        audit.standard = input.standard().strip();
        audit.periodStart = Inputs.date("periodStart", input.periodStart());
        audit.periodEnd = Inputs.date("periodEnd", input.periodEnd());
        if (audit.periodStart != null && audit.periodEnd != null && audit.periodEnd.isBefore(audit.periodStart)) {
            throw ApiException.badRequest("periodEnd: " + audit.periodEnd + " is before periodStart " + audit.periodStart);
        }
        audit.statementDate = Inputs.date("statementDate", input.statementDate());
        AuditOpinion opinion = Inputs.code("opinion", input.opinion(), AuditOpinion::fromCode, OPINIONS);
        audit.opinion = opinion == null ? AuditOpinion.UNKNOWN : opinion;
        audit.reported = Inputs.blankToNull(input.reported());
        audit.url = Inputs.blankToNull(input.url());
        Map<Issue, Boolean> audited = new LinkedHashMap<>();
        addIssues(audit.ca, "disclosedIssues", input.disclosedIssues(), true, audited);
        addIssues(audit.ca, "missedIssues", input.missedIssues(), false, audited);
        return audited;
    }

    private static void addIssues(CertificationAuthority ca, String field, List<String> letters, boolean disclosed, Map<Issue, Boolean> out) {
        if (letters == null) {
            return;
        }
        for (String letter : letters) {
            String l = Inputs.blankToNull(letter);
            if (l == null) {
                continue;
            }
            Issue issue = Issue.findByLetter(ca, l.toUpperCase())
                    .orElseThrow(() -> ApiException.badRequest(field + ": CA '" + ca.slug + "' has no issue '" + l + "'"));
            Boolean previous = out.put(issue, disclosed);
            if (previous != null && previous != disclosed) {
                throw ApiException.badRequest(field + ": issue '" + issue.letter + "' cannot be both disclosed and missed");
            }
        }
    }

    /** Makes the audit's issue links exactly the given ones, keeping the notes of links that stay. */
    private static void link(AuditStatement audit, Map<Issue, Boolean> audited) {
        List<AuditedIssue> existing = AuditedIssue.forAudit(audit);
        for (AuditedIssue link : existing) {
            Boolean disclosed = audited.remove(link.issue);
            if (disclosed == null) {
                link.delete();
            } else if (link.disclosed != disclosed) {
                link.disclosed = disclosed;
            }
        }
        audited.forEach((issue, disclosed) -> {
            AuditedIssue link = new AuditedIssue();
            link.audit = audit;
            link.issue = issue;
            link.disclosed = disclosed;
            link.persist();
        });
    }

    /** One audit statement with the issues it disclosed and those it missed. */
    public record AuditRow(AuditStatement audit, List<AuditedIssue> disclosed, List<AuditedIssue> missed) {
    }

    @Transactional(SUPPORTS)
    public AuditRow row(AuditStatement audit) {
        List<AuditedIssue> audited = AuditedIssue.forAudit(audit);
        return new AuditRow(audit, audited.stream().filter(i -> i.disclosed).toList(), audited.stream().filter(i -> !i.disclosed).toList());
    }

    /** A CA's audit statements, each with its disclosed and missed issues. */
    @Transactional(SUPPORTS)
    public List<AuditRow> rows(CertificationAuthority ca) {
        return AuditStatement.forCa(ca).stream().map(this::row).toList();
    }

    @Transactional(SUPPORTS)
    public List<AuditStatement> forCa(CertificationAuthority ca) {
        return AuditStatement.forCa(ca);
    }

    /** The audits that disclosed or missed this issue. */
    @Transactional(SUPPORTS)
    public List<AuditedIssue> forIssue(Issue issue) {
        return AuditedIssue.forIssue(issue);
    }
}
