package org.casebook.web;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;

/**
 * When a page was made, {page:renderedAt}, for the header of its printed copy (tags/printHeader.html). Not a
 * deadline, so the wall clock rather than CaseClock; a page kept in the public page cache shows when it was made.
 */
@TemplateExtension(namespace = "page")
public class PageTimes {

    static Instant renderedAt() {
        return Instant.now();
    }
}
