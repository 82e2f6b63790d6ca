package org.casebook.claim.rest;

import java.time.Instant;
import java.util.List;
import org.casebook.claim.ClaimComparison;
import org.casebook.claim.ClaimDifference;
import org.casebook.claim.IssueClaim;

/** The claim of an issue beside the evidence on file, as {@code GET /api/cas/{ca}/issues/{letter}/claim} shows it. */
public record ClaimJson(String ca, String letter, Integer affectedCount, String periodStart, String periodEnd,
        String firstAffected, String lastAffected, String source, String contested, List<String> definingFindings,
        OnFile onFile, List<Difference> differences, long version) {

    public record OnFile(int evidence, int showingProblem, int outsidePeriod, int beforePeriod, int afterPeriod,
            Instant earliestNotBefore, Instant latestNotBefore) {
    }

    public record Difference(String code, String severity, String message) {
        static Difference of(ClaimDifference d) {
            return new Difference(d.code(), d.severity(), d.message());
        }
    }

    public static ClaimJson of(String ca, String letter, ClaimComparison c) {
        IssueClaim claim = c.claim();
        OnFile onFile = new OnFile(c.evidence(), c.showingProblem(), c.outsidePeriod(), c.beforePeriod(), c.afterPeriod(),
                c.earliestNotBefore(), c.latestNotBefore());
        List<Difference> differences = c.differences().stream().map(Difference::of).toList();
        if (claim == null) {
            return new ClaimJson(ca, letter, null, null, null, null, null, null, null, List.of(), onFile, differences, 0);
        }
        return new ClaimJson(ca, letter, claim.affectedCount, claim.periodStart, claim.periodEnd, claim.firstAffected,
                claim.lastAffected, claim.source, claim.contested, c.definingFindings(), onFile, differences, claim.version);
    }
}
