package org.casebook.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An issue's claim beside what is on file: the evidence certificates, how many carry a defining finding (all of them
 * when the issue has none), how many of those fall outside the claimed period, and the earliest and latest notBefore.
 * Pure: built from the claim and one row per evidence certificate.
 */
public record ClaimComparison(IssueClaim claim, List<String> definingFindings, int evidence, int showingProblem,
        int outsidePeriod, int beforePeriod, int afterPeriod, Instant earliestNotBefore, Instant latestNotBefore,
        List<ClaimDifference> differences) {

    /** One evidence certificate: its notBefore and the codes of its findings. */
    public record EvidenceRow(Instant notBefore, List<String> findingCodes) {
    }

    public static ClaimComparison of(IssueClaim claim, List<EvidenceRow> rows) {
        List<String> defining = claim == null ? List.of() : claim.definingFindingCodes();
        List<EvidenceRow> showing = rows.stream()
                .filter(r -> defining.isEmpty() || r.findingCodes().stream().anyMatch(defining::contains)).toList();
        LocalDate start = claim == null ? null : firstDay(claim.periodStart);
        LocalDate end = claim == null ? null : lastDay(claim.periodEnd);
        int before = (int) showing.stream().filter(r -> start != null && day(r.notBefore()).isBefore(start)).count();
        int after = (int) showing.stream().filter(r -> end != null && day(r.notBefore()).isAfter(end)).count();
        Instant earliest = showing.stream().map(EvidenceRow::notBefore).min(Instant::compareTo).orElse(null);
        Instant latest = showing.stream().map(EvidenceRow::notBefore).max(Instant::compareTo).orElse(null);
        List<ClaimDifference> differences = claim == null ? List.of()
                : differences(claim, defining, showing.size(), before, after, earliest, latest);
        return new ClaimComparison(claim, defining, rows.size(), showing.size(), before + after, before, after,
                earliest, latest, differences);
    }

    private static List<ClaimDifference> differences(IssueClaim claim, List<String> defining, int showing, int before,
            int after, Instant earliest, Instant latest) {
        List<ClaimDifference> found = new ArrayList<>();
        String says = claim.affectedCount == null ? "The CA gives no count" : "The CA says " + number(claim.affectedCount);
        String problem = defining.isEmpty() ? "" : " show this problem (" + String.join(", ", defining) + ")";
        if (claim.affectedCount != null && showing > claim.affectedCount) {
            found.add(new ClaimDifference(ClaimDifference.COUNT_BELOW_EVIDENCE, says + "; " + number(showing)
                    + " evidence certificate" + (showing == 1 ? "" : "s") + (problem.isEmpty() ? " are on file" : problem)
                    + outside(before, after, claim) + "."));
        } else if (before + after > 0) {
            found.add(new ClaimDifference(ClaimDifference.PERIOD_EXCLUDES_EVIDENCE, says + "; of " + number(showing)
                    + " evidence certificate" + (showing == 1 ? "" : "s") + (problem.isEmpty() ? " on file" : problem)
                    + outside(before, after, claim).replaceFirst("^;", ",") + "."));
        }
        LocalDate first = firstDay(claim.firstAffected);
        if (first != null && earliest != null && day(earliest).isBefore(first)) {
            found.add(new ClaimDifference(ClaimDifference.FIRST_AFFECTED_AFTER_EVIDENCE, "The CA gives "
                    + claim.firstAffected + " as the first affected certificate's date; an evidence certificate has notBefore "
                    + earliest + "."));
        }
        LocalDate last = lastDay(claim.lastAffected);
        if (last != null && latest != null && day(latest).isAfter(last)) {
            found.add(new ClaimDifference(ClaimDifference.LAST_AFFECTED_BEFORE_EVIDENCE, "The CA gives "
                    + claim.lastAffected + " as the last affected certificate's date; an evidence certificate has notBefore "
                    + latest + "."));
        }
        if (claim.contested != null && !claim.contested.isBlank()) {
            found.add(new ClaimDifference(ClaimDifference.CONTESTED, says + ", but this is contested: " + claim.contested.strip()));
        }
        return found;
    }

    private static String outside(int before, int after, IssueClaim claim) {
        List<String> parts = new ArrayList<>();
        if (before > 0) {
            parts.add(number(before) + (before == 1 ? " was" : " were") + " issued before the period the CA gives ("
                    + claim.periodStart + " to " + (claim.periodEnd == null ? "…" : claim.periodEnd) + ")");
        }
        if (after > 0) {
            parts.add(number(after) + (after == 1 ? " was" : " were") + " issued after the period the CA gives ("
                    + (claim.periodStart == null ? "…" : claim.periodStart) + " to " + claim.periodEnd + ")");
        }
        return parts.isEmpty() ? "" : "; " + String.join("; ", parts);
    }

    private static String number(int n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The first day a partial date can mean ("2015-03" is 2015-03-01). */
    static LocalDate firstDay(String partial) {
        if (partial == null || partial.isBlank()) {
            return null;
        }
        return switch (partial.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(partial), 1, 1);
            case 7 -> YearMonth.parse(partial).atDay(1);
            default -> LocalDate.parse(partial);
        };
    }

    /** The last day a partial date can mean ("2015-03" is 2015-03-31). */
    static LocalDate lastDay(String partial) {
        if (partial == null || partial.isBlank()) {
            return null;
        }
        return switch (partial.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(partial), 12, 31);
            case 7 -> YearMonth.parse(partial).atEndOfMonth();
            default -> LocalDate.parse(partial);
        };
    }

    public String claimSource() {
        return claim == null ? null : claim.source;
    }

    public Integer claimedCount() {
        return claim == null ? null : claim.affectedCount;
    }

    public boolean hasClaim() {
        return claim != null && !claim.claimsNothing();
    }
}
