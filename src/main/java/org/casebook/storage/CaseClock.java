package org.casebook.storage;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.casebook.web.CaseFileChanges;

/**
 * The one source of "now" for everything that counts time against a case: report deadlines, question due dates,
 * revocation and audit clocks. Tests move it forward instead of sleeping; nothing exposes {@link #advance} over HTTP.
 */
@ApplicationScoped
public class CaseClock {

    private final Clock system = Clock.systemUTC();
    private volatile Duration offset = Duration.ZERO;

    public Instant now() {
        return system.instant().plus(offset);
    }

    /** Today's date in UTC, the zone every deadline is written in. */
    public LocalDate today() {
        return LocalDate.ofInstant(now(), ZoneOffset.UTC);
    }

    /** Moves this instance's time forward (or back, with a negative duration); for tests. */
    public void advance(Duration by) {
        offset = offset.plus(by);
        CaseFileChanges.timeMoved();
    }

    /** Back to the system's time. */
    public void reset() {
        offset = Duration.ZERO;
        CaseFileChanges.timeMoved();
    }
}
