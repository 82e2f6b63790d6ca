package org.casebook.analysis.corpus;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.Signatures;
import org.casebook.analysis.calendar.WorkingCalendar;
import org.casebook.analysis.calendar.WorkingCalendars;
import org.casebook.analysis.calendar.WorkingDay;

@LintSpec(code = "n_notbefore_on_non_working_day",
        description = "The notBefore, read in the local time of the CA's jurisdiction, falls on a weekend day or public "
                + "holiday there (official working weekend days count as working days). Issuance on days off is unusual "
                + "for CAs with manual vetting and, in a set of certificates, can point at dates that were made up.",
        citation = "Mozilla: WoSign and StartCom investigation (2016), backdated SHA-1 certificates", source = LintSource.CORPUS)
public class NotBeforeOnNonWorkingDay extends CorpusCheck {

    private static final int ISSUER_CANDIDATES = 16;

    @Override
    protected LintResult check(CertificateView certificate, CorpusContext context) {
        Optional<CaJurisdiction> found = jurisdiction(certificate, context);
        if (found.isEmpty()) {
            return LintResult.NOT_APPLICABLE;
        }
        return inJurisdiction(certificate.notBefore(), found.get(), context.calendars());
    }

    /** The outcome for a notBefore read in the jurisdiction of {@code ca}: NA when its time zone is unknown. */
    public LintResult inJurisdiction(java.time.Instant notBefore, CaJurisdiction ca, WorkingCalendars calendars) {
        Optional<ZoneId> zone = calendars.zone(ca.country(), ca.timeZone());
        if (zone.isEmpty()) {
            return LintResult.NOT_APPLICABLE;
        }
        LocalDate local = notBefore.atZone(zone.get()).toLocalDate();
        WorkingCalendar calendar = ca.country() == null ? WorkingCalendar.weekendOnly("unknown")
                : calendars.forCountry(ca.country());
        WorkingDay day = calendar.day(local);
        if (day.working()) {
            return LintResult.PASS;
        }
        String where = ca.country() == null ? zone.get().getId() : ca.country() + ", " + zone.get().getId();
        String coverage = day.listed() ? "" : " (no holiday list on file for " + (ca.country() == null ? "this jurisdiction" : ca.country())
                + " in " + local.getYear() + "; weekends only)";
        return finding("notBefore " + notBefore + " is " + local + " in " + ca.name() + "'s jurisdiction ("
                + where + "), " + day.reason() + ", a day off there" + coverage);
    }

    /**
     * The CA the certificate is being filed under, else the CA of an issue it is stored as evidence for,
     * else the CA owning a stored certificate that issued it.
     */
    static Optional<CaJurisdiction> jurisdiction(CertificateView certificate, CorpusContext context) {
        if (context.caSlug() != null) {
            Optional<CaJurisdiction> filed = context.lookup().ca(context.caSlug());
            if (filed.isPresent()) {
                return filed;
            }
        }
        Optional<CaJurisdiction> evidenceFor = context.lookup().caOfEvidence(certificate.sha256Hex());
        if (evidenceFor.isPresent()) {
            return evidenceFor;
        }
        return issuerCa(certificate, context.lookup());
    }

    /** The CA owning a stored certificate that issued this one (by key identifiers or signature), else one so named. */
    public static Optional<CaJurisdiction> issuerCa(CertificateView certificate, CorpusLookup lookup) {
        CaJurisdiction named = null;
        String aki = CorpusKeys.authorityKeyId(certificate);
        for (CorpusCertificate issuer : lookup.withSubject(CorpusKeys.issuerNameHash(certificate), ISSUER_CANDIDATES)) {
            if (issuer.ca() == null || issuer.sha256().equals(certificate.sha256Hex())) {
                continue;
            }
            if (aki != null && issuer.subjectKeyId() != null) {
                // Key identifiers settle it without a signature check.
                if (aki.equalsIgnoreCase(issuer.subjectKeyId())) {
                    return Optional.of(issuer.ca());
                }
                named = named == null ? issuer.ca() : named;
                continue;
            }
            CertificateView issuerView = IssuerKeys.parse(issuer);
            if (issuerView != null && Signatures.verifies(certificate, issuerView.publicKeyInfo())) {
                return Optional.of(issuer.ca());
            }
            if (named == null) {
                named = issuer.ca();
            }
        }
        return Optional.ofNullable(named);
    }
}
