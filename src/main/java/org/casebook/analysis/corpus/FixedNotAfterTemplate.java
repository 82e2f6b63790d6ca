package org.casebook.analysis.corpus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.TreeSet;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "n_fixed_notafter_template",
        description = "Many certificates from the same issuer, with notBefore on different days, end at the very same "
                + "notAfter instant: the expiry comes from a template, not from the issuance date, so the notBefore "
                + "says little about when each was signed.",
        citation = "Mozilla: WoSign and StartCom investigation (2016), SHA-1 certificates sharing one expiry", source = LintSource.CORPUS)
public class FixedNotAfterTemplate extends CorpusCheck {

    /** Enough distinct notBefore instants to see the days even when several share a day. */
    private static final int INSTANTS_PER_DAY = 20;

    @Override
    protected LintResult check(CertificateView certificate, CorpusContext context) {
        int minimum = context.settings().fixedNotAfterMinimum();
        int limit = Math.max(500, minimum * INSTANTS_PER_DAY);
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(day(certificate.notBefore()));
        for (Instant notBefore : context.lookup().notBeforesExpiringAt(CorpusKeys.issuerNameHash(certificate), certificate.notAfter(), limit)) {
            days.add(day(notBefore));
        }
        return fromDays(certificate.notAfter(), days.size(), days.first(), days.last(), minimum);
    }

    /** The outcome for a certificate expiring at {@code notAfter} whose issuer has notBefore on {@code dayCount} days (its own included). */
    public LintResult fromDays(Instant notAfter, int dayCount, LocalDate first, LocalDate last, int minimum) {
        if (dayCount < minimum) {
            return LintResult.PASS;
        }
        return finding("certificates from this issuer with notBefore on " + dayCount + " different days (" + first
                + " to " + last + ") all expire at " + notAfter + "; " + minimum + " days is the threshold");
    }

    /** The UTC day of a notBefore, as this check counts days. */
    public static LocalDate day(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
