package org.casebook.analysis.lints.crl;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.revocation.CrlView;
import org.casebook.analysis.revocation.RevokedEntry;

@LintSpec(code = "e_crl_revocation_date_too_early", description = "No CRL entry has a revocation date before RFC 2459, the first Internet X.509 profile",
        citation = "RFC 2459 (the first Internet X.509 profile, January 1999)", source = LintSource.COMMUNITY)
public class CrlRevocationDateTooEarly extends RevokedEntryLint {

    private static final Instant RFC_2459 = LocalDate.parse(LintDates.RFC_2459_PUBLISHED).atStartOfDay(ZoneOffset.UTC).toInstant();

    @Override
    protected LintResult checkEntry(CrlView crl, RevokedEntry entry) {
        return LintResult.failIf(entry.revocationDate().isBefore(RFC_2459), metadata().severity(),
                serial(entry) + " revoked on " + entry.revocationDate() + ", before RFC 2459");
    }
}
