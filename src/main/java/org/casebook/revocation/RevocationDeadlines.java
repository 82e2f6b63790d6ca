package org.casebook.revocation;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The deadline BR 4.9.1.1 sets for revoking, counted from when the CA learned of the reason. The rule in force is the
 * one at that moment: none before the Baseline Requirements took effect; 24 hours for every reason under BR 1.0
 * (section 13.1.5 then); 24 hours or 5 days by reason since ballot SC6 (BR 1.6.1).
 */
public final class RevocationDeadlines {

    /** BR 1.0 took effect (its section 13.1.5: revoke within 24 hours). */
    public static final Instant BASELINE_REQUIREMENTS = Instant.parse("2012-07-01T00:00:00Z");
    /** Ballot SC6 "Revocation Timeline Extension" (BR 1.6.1): 24 hours or 5 days by reason. */
    public static final Instant BALLOT_SC6 = Instant.parse("2018-09-27T00:00:00Z");

    public static final Duration TWENTY_FOUR_HOURS = Duration.ofHours(24);
    public static final Duration FIVE_DAYS = Duration.ofDays(5);

    private RevocationDeadlines() {
    }

    /** Which rule applied, how long it gave, and by when revocation was due. */
    public record Deadline(String rule, Duration allowed, Instant due) {
        public String allowedText() {
            return allowed.equals(TWENTY_FOUR_HOURS) ? "24 hours" : allowed.toDays() + " days";
        }
    }

    /** The deadline for a CA that learned of {@code reason} at {@code learnedAt}; empty before the BRs applied. */
    public static Optional<Deadline> of(Instant learnedAt, RevocationReason reason) {
        if (learnedAt == null || learnedAt.isBefore(BASELINE_REQUIREMENTS)) {
            return Optional.empty();
        }
        if (learnedAt.isBefore(BALLOT_SC6) || reason == null || reason.twentyFourHoursUnderSc6()) {
            String rule = learnedAt.isBefore(BALLOT_SC6) ? "BR 4.9.1 (before ballot SC6: 24 hours for every reason)"
                    : "BR 4.9.1.1 (24 hours: " + (reason == null ? "no reason picked, the shorter deadline" : reason.label()) + ")";
            return Optional.of(new Deadline(rule, TWENTY_FOUR_HOURS, learnedAt.plus(TWENTY_FOUR_HOURS)));
        }
        return Optional.of(new Deadline("BR 4.9.1.1 (5 days: " + reason.label() + ")", FIVE_DAYS, learnedAt.plus(FIVE_DAYS)));
    }
}
