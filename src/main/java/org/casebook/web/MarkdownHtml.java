package org.casebook.web;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Renders user-written Markdown to HTML that is safe to put in a page: raw HTML is shown as text, and
 * links and images may only point at http(s), mailto, or paths on this site.
 */
public final class MarkdownHtml {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new AllowedSchemes())
            .build();

    private MarkdownHtml() {
    }

    public static String render(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Node document = PARSER.parse(markdown);
        return RENDERER.render(document);
    }

    /** True when a link target is allowed: http, https, mailto, or a site path/fragment. */
    public static boolean isAllowedUrl(String url) {
        String trimmed = url.strip().toLowerCase();
        if (trimmed.startsWith("http://") || trimmed.startsWith("https://") || trimmed.startsWith("mailto:")) {
            return true;
        }
        if (trimmed.startsWith("//")) {
            return false;
        }
        // No scheme at all: a relative path or a fragment.
        int colon = trimmed.indexOf(':');
        int slash = trimmed.indexOf('/');
        return colon < 0 || (slash >= 0 && slash < colon);
    }

    private static final class AllowedSchemes implements UrlSanitizer {
        @Override
        public String sanitizeLinkUrl(String url) {
            return isAllowedUrl(url) ? url : "";
        }

        @Override
        public String sanitizeImageUrl(String url) {
            return sanitizeLinkUrl(url);
        }
    }
}
