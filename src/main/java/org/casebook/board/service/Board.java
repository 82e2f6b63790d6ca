package org.casebook.board.service;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.casebook.board.BoardFilter;
import org.casebook.board.BoardRow;
import org.casebook.obligation.Obligation;
import org.casebook.obligation.ObligationSource;
import org.casebook.storage.CaseClock;

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

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BoardRow> rows(BoardFilter filter) {
        Instant now = clock.now();
        Instant horizon = now.plus(HORIZON);
        return sources.stream().flatMap(source -> source.openAt(now).stream())
                .filter(o -> !o.due().isAfter(horizon))
                .filter(o -> filter.ca() == null || filter.ca().equals(o.caSlug()))
                .filter(o -> filter.kind() == null || filter.kind().equals(o.kind()))
                .filter(o -> filter.manager() == null || filter.manager().equals(o.manager()))
                .map(o -> row(o, now))
                .sorted(ORDER)
                .toList();
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
