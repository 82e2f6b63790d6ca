package org.casebook.analysis;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** A lint's metadata as data, read once from its {@link LintSpec}. */
public record LintMetadata(String code, Severity severity, String description, String citation, LintSource source,
        LocalDate effectiveDate, LocalDate ineffectiveDate) {

    /** The metadata a lint class declares; fails on a class without {@link LintSpec}. */
    public static LintMetadata of(Class<?> lintClass) {
        LintSpec spec = lintClass.getAnnotation(LintSpec.class);
        if (spec == null) {
            throw new IllegalStateException(lintClass.getName() + " has no @LintSpec");
        }
        return new LintMetadata(spec.code(), Severity.ofCode(spec.code()), spec.description(), spec.citation(),
                spec.source(), parse(spec.effective()), parse(spec.ineffective()));
    }

    private static LocalDate parse(String date) {
        return date.isEmpty() ? null : LocalDate.parse(date);
    }

    /** zlint's rule: in effect when notBefore is on or after the effective date and before the ineffective one. */
    public boolean inEffectAt(Instant issuance) {
        // compared as UTC days (before midnight of the date = on an earlier day): runs for every lint and certificate
        long day = Math.floorDiv(issuance.getEpochSecond(), 86_400L);
        if (effectiveDate != null && day < effectiveDate.toEpochDay()) {
            return false;
        }
        return ineffectiveDate == null || day < ineffectiveDate.toEpochDay();
    }
}
