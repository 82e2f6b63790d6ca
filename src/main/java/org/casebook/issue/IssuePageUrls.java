package org.casebook.issue;

import io.quarkus.qute.TemplateExtension;
import org.casebook.ca.CaPageUrls;

/**
 * The page URLs of an issue, built in one place for templates ({@code {issue.pageUrl}}) and for the redirects
 * and JSON links the resources answer with. Formatting only: nothing is looked up.
 */
@TemplateExtension
public final class IssuePageUrls {

    private IssuePageUrls() {
    }

    /** The issue page, {@code /cas/wosign/issues/B}. */
    public static String page(String caSlug, String letter) {
        return CaPageUrls.page(caSlug) + "/issues/" + letter;
    }

    public static String edit(String caSlug, String letter) {
        return page(caSlug, letter) + "/edit";
    }

    public static String of(Issue issue) {
        return page(issue.ca.slug, issue.letter);
    }

    static String pageUrl(Issue issue) {
        return of(issue);
    }

    static String editUrl(Issue issue) {
        return edit(issue.ca.slug, issue.letter);
    }
}
