package org.casebook.analysis.corpus;

import org.casebook.analysis.LintRegistry;
import org.casebook.analysis.calendar.WorkingCalendars;

/**
 * What a corpus check may consult besides the certificate: the corpus, the CA the certificate was
 * filed under (its slug, or null), thresholds, the per-certificate lints (for re-running them at a
 * proven issuance time) and the working-day calendars.
 */
public record CorpusContext(CorpusLookup lookup, String caSlug, CorpusSettings settings, LintRegistry lints,
        WorkingCalendars calendars) {

    public CorpusContext {
        if (lookup == null || settings == null || lints == null || calendars == null) {
            throw new IllegalArgumentException("lookup, settings, lints and calendars are required");
        }
    }

    /** A context with the default thresholds, every discovered lint and the bundled calendars. */
    public static CorpusContext of(CorpusLookup lookup, String caSlug) {
        return new CorpusContext(lookup, caSlug, CorpusSettings.DEFAULTS, LintRegistry.discover(), WorkingCalendars.bundled());
    }
}
