package org.casebook.incident;

import java.time.LocalDate;

/**
 * What the CA undertakes in a report: the action, whether it prevents, mitigates or detects (null when the CA did
 * not say), by when (null when it gave no date), where it stands, and how its success will be measured.
 */
public record ActionItem(String action, ActionItemKind kind, LocalDate due, ActionItemStatus status, String measure) {
}
