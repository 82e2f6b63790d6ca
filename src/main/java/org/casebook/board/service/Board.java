package org.casebook.board.service;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.Comparator;
import java.util.List;
import org.casebook.board.BoardFilter;
import org.casebook.board.BoardRow;
import org.casebook.obligation.Obligation;
import org.casebook.obligation.ObligationSource;
import org.casebook.storage.CaseClock;
import org.casebook.web.SharedChanges;

/**
 * Everything owed across all CAs, from every {@link ObligationSource} there is: what is overdue, most overdue first,
 * then what falls due within the coming week, soonest first.
 */
@ApplicationScoped
public class Board {

    /** How far ahead the board looks for what is not yet due. */
    public static final Duration HORIZON = Duration.ofDays(7);

    private static final Comparator<BoardRow> ORDER = Comparator.comparing(BoardRow::due)
            .thenComparing(BoardRow::ca).thenComparing(row -> row.letter() == null ? "" : row.letter()).thenComparing(BoardRow::kind);

    @Inject
    @All
    List<ObligationSource> sources;

    @Inject
    CaseClock clock;

    @Inject
    SharedChanges changes;

    /**
     * The obligations last gathered, with the database generation and the minute they were gathered for. Gathering
     * reads every open issue, report and question; most board requests come between two changes, so they reuse it.
     * Lateness and the 7-day window are still worked out against the exact now of each request.
     */
    private record Gathered(long generation, Instant minute, List<Obligation> obligations) {
    }

    private final AtomicReference<Gathered> gathered = new AtomicReference<>();

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BoardRow> rows(BoardFilter filter) {
        Instant now = clock.now();
        Instant horizon = now.plus(HORIZON);
        return obligations(now).stream()
                .filter(o -> !o.due().isAfter(horizon))
                .filter(o -> filter.ca() == null || filter.ca().equals(o.caSlug()))
                .filter(o -> filter.kind() == null || filter.kind().equals(o.kind()))
                .filter(o -> filter.manager() == null || filter.manager().equals(o.manager()))
                .map(o -> row(o, now))
                .sorted(ORDER)
                .toList();
    }

    private List<Obligation> obligations(Instant now) {
        // The generation is read before gathering: whatever is read while it stands still holds while it stands.
        long generation = changes.generation();
        Instant minute = now.truncatedTo(ChronoUnit.MINUTES);
        Gathered last = gathered.get();
        if (last != null && last.generation() == generation && last.minute().equals(minute)) {
            return last.obligations();
        }
        List<Obligation> all = sources.stream().flatMap(source -> source.openAt(now).stream()).toList();
        gathered.set(new Gathered(generation, minute, all));
        return all;
    }

    /** When the board was worked out, for the feed and the page. */
    public Instant now() {
        return clock.now();
    }

    private static BoardRow row(Obligation o, Instant now) {
        boolean overdue = o.overdueAt(now);
        long days = overdue ? Duration.between(o.due(), now).toDays() : 0;
        return new BoardRow(o.caSlug(), o.issueLetter(), o.kind(), o.what(), o.due(), overdue, days, o.since(), o.manager(), o.link());
    }
}
