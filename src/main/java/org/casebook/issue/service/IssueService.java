package org.casebook.issue.service;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.casebook.ca.CertificationAuthority;
import org.casebook.issue.Issue;
import org.casebook.issue.IssueCategory;
import org.casebook.issue.IssueLetters;
import org.casebook.issue.IssueStatus;
import org.casebook.issue.rest.IssueJson.NewIssue;
import org.casebook.web.ApiException;
import org.casebook.web.PartialDates;

/** Rules for a CA's issues: lookup, and creation in a letter slot that leaves every other letter alone. */
@ApplicationScoped
@Transactional
public class IssueService {

    @Transactional(SUPPORTS)
    public CertificationAuthority ca(String slug) {
        return CertificationAuthority.findBySlug(slug)
                .orElseThrow(() -> ApiException.notFound("no CA with slug '" + slug + "'"));
    }

    @Transactional(SUPPORTS)
    public Issue issue(String caSlug, String letter) {
        CertificationAuthority ca = ca(caSlug);
        return Issue.findByLetter(ca, letter)
                .orElseThrow(() -> ApiException.notFound("CA '" + caSlug + "' has no issue '" + letter + "'"));
    }

    /**
     * Creates an issue whose letter sorts strictly between {@code after} and the next issue's letter
     * (after the last issue when {@code after} is absent).
     */
    public Issue create(String caSlug, NewIssue request) {
        CertificationAuthority ca = ca(caSlug);
        if (request == null || request.title() == null || request.title().isBlank()) {
            throw ApiException.badRequest("title: must not be blank");
        }
        if (request.title().length() > 512) {
            throw ApiException.badRequest("title: at most 512 characters");
        }
        requirePartialDate("periodStart", request.periodStart());
        requirePartialDate("periodEnd", request.periodEnd());
        if (request.affectedCertificates() != null && request.affectedCertificates() < 0) {
            throw ApiException.badRequest("affectedCertificates: must not be negative");
        }
        List<Issue> issues = Issue.listForCa(ca);
        String low;
        String high;
        if (request.after() == null || request.after().isBlank()) {
            low = issues.isEmpty() ? null : issues.get(issues.size() - 1).letter;
            high = null;
        } else {
            int index = indexOf(issues, request.after());
            if (index < 0) {
                throw ApiException.badRequest("after: CA '" + caSlug + "' has no issue '" + request.after() + "'");
            }
            low = request.after();
            high = index + 1 < issues.size() ? issues.get(index + 1).letter : null;
        }
        Issue issue = new Issue();
        issue.ca = ca;
        issue.letter = IssueLetters.between(low, high);
        issue.title = request.title().strip();
        issue.status = request.status() == null ? IssueStatus.SUSPECTED : IssueStatus.fromCode(request.status());
        issue.category = request.category() == null ? null : IssueCategory.fromCode(request.category());
        issue.periodStart = request.periodStart();
        issue.periodEnd = request.periodEnd();
        issue.affectedCertificates = request.affectedCertificates();
        issue.affectedApproximate = Boolean.TRUE.equals(request.affectedApproximate());
        issue.body = request.body();
        if (request.aliases() != null) {
            issue.aliases.addAll(request.aliases().stream().filter(a -> a != null && !a.isBlank()).map(String::strip).toList());
        }
        issue.persist();
        return issue;
    }

    private static int indexOf(List<Issue> issues, String letter) {
        for (int i = 0; i < issues.size(); i++) {
            if (issues.get(i).letter.equals(letter)) {
                return i;
            }
        }
        return -1;
    }

    private static void requirePartialDate(String field, String value) {
        if (!PartialDates.isValid(value)) {
            throw ApiException.badRequest(field + ": '" + value + "' is not a date like 2015, 2015-03 or 2015-03-05");
        }
    }
}
