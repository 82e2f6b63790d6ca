package org.casebook.ca;

import io.quarkus.qute.TemplateExtension;

/**
 * The page URLs of a CA's case file, built in one place for templates ({@code {ca.pageUrl}}) and for the
 * redirects and JSON links the resources answer with. Formatting only: nothing is looked up.
 */
@TemplateExtension
public final class CaPageUrls {

    private CaPageUrls() {
    }

    /** The case page, {@code /cas/wosign}. */
    public static String page(String slug) {
        return "/cas/" + slug;
    }

    public static String edit(String slug) {
        return page(slug) + "/edit";
    }

    public static String history(String slug) {
        return page(slug) + "/history";
    }

    static String pageUrl(CertificationAuthority ca) {
        return page(ca.slug);
    }

    static String editUrl(CertificationAuthority ca) {
        return edit(ca.slug);
    }

    static String historyUrl(CertificationAuthority ca) {
        return history(ca.slug);
    }
}
