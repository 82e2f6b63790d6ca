package org.casebook.web;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Formatting for templates, so that templates hold no logic beyond loops and conditions. */
@TemplateExtension
public class TemplateFormats {

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    static String utc(Instant instant) {
        return instant == null ? "" : INSTANT.format(instant);
    }

    static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    static String partialDate(String value) {
        return PartialDates.display(value);
    }

    /** Markdown rendered to sanitized HTML. */
    static RawString markdown(String value) {
        return new RawString(MarkdownHtml.render(value));
    }

    static String lines(String value) {
        return value == null ? "" : value;
    }

    static List<String> lineList(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value.split("\n"));
    }

    static String shortHex(String hex) {
        return hex == null || hex.length() <= 16 ? hex : hex.substring(0, 16) + "…";
    }
}
