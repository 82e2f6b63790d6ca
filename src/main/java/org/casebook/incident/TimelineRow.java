package org.casebook.incident;

import java.time.Instant;

/** One row of a report's timeline: when (UTC; null when the CA gave no time) and what happened. */
public record TimelineRow(Instant at, String event) {
}
