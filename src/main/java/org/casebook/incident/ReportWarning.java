package org.casebook.incident;

/** What a report check found wrong with a report: its code (zlint style, {@code w_report_...}) and an explanation. */
public record ReportWarning(String code, String message) {
}
