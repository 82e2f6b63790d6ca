package org.casebook.claim.service;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.casebook.web.PartialDate;
import org.casebook.web.WebUrl;

/** What a manager sends to record a CA's claim about an issue ({@code PUT /api/cas/{ca}/issues/{letter}/claim}). */
public record ClaimInput(
        @PositiveOrZero Integer affectedCount,
        @PartialDate String periodStart,
        @PartialDate String periodEnd,
        @PartialDate String firstAffected,
        @PartialDate String lastAffected,
        @Size(max = 2048) String source,
        @Size(max = 65535) String contested,
        Long version) {
}
