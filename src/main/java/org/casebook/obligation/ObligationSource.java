package org.casebook.obligation;

import java.time.Instant;
import java.util.List;

/**
 * A kind of obligation Casebook can compute (incident reports and questions, revocation clocks, audit clocks).
 * Each implementation is an application-scoped bean; the board gathers all of them.
 */
public interface ObligationSource {

    /** Every obligation still open at {@code now}, due or not. */
    List<Obligation> openAt(Instant now);
}
