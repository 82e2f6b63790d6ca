package org.casebook.ccadb.service;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casebook.audit.AuditStatement;
import org.casebook.ca.CertificationAuthority;
import org.casebook.ccadb.CcadbAudit;
import org.casebook.ccadb.config.AuditClockConfig;
import org.casebook.obligation.Obligation;
import org.casebook.obligation.ObligationSource;
import org.casebook.storage.CaseClock;

/**
 * The root programs' audit clocks over a CA's CCADB audit statements: the next TLS BR statement overdue, a statement
 * that came late, a gap between consecutive periods, a period longer than a year. The next TLS BR statement is also
 * an obligation on the board. Periods and delays come from {@link AuditClockConfig}; "today" from {@link CaseClock}.
 */
@ApplicationScoped
@Transactional(SUPPORTS)
public class AuditClocks implements ObligationSource {

    public static final String TLS_BR = "TLS BR";

    /** One clock finding; {@code code} prefixed like the lints' (e_ a MUST broken, w_ late but delivered). */
    public record ClockFinding(String code, String severity, String message, String citation) {
    }

    @Inject
    AuditClockConfig config;

    @Inject
    CaseClock clock;

    private record Dated(AuditStatement statement, List<String> kinds) {
    }

    public List<ClockFinding> findings(CertificationAuthority ca) {
        return findings(statements(ca), clock.today());
    }

    List<ClockFinding> findings(List<Dated> statements, LocalDate today) {
        List<ClockFinding> findings = new ArrayList<>();
        List<AuditStatement> tls = statements.stream().filter(d -> d.kinds().contains(TLS_BR)).map(Dated::statement)
                .filter(s -> s.periodEnd != null).sorted(Comparator.comparing((AuditStatement s) -> s.periodEnd)).toList();
        if (!tls.isEmpty()) {
            LocalDate latestEnd = tls.get(tls.size() - 1).periodEnd;
            LocalDate due = statementDue(latestEnd);
            if (today.isAfter(due)) {
                findings.add(new ClockFinding("e_audit_statement_overdue", "error", "The latest TLS BR audit period ended on " + latestEnd
                        + "; the next period had to end by " + latestEnd.plus(config.nextPeriodWithin()) + " and its statement was due by " + due
                        + " (" + java.time.temporal.ChronoUnit.DAYS.between(due, today) + " days overdue).", config.overdueCitation()));
            }
            List<AuditStatement> byStart = tls.stream().filter(s -> s.periodStart != null)
                    .sorted(Comparator.comparing((AuditStatement s) -> s.periodStart)).toList();
            LocalDate coveredTo = null;
            for (AuditStatement s : byStart) {
                if (coveredTo != null && s.periodStart.isAfter(coveredTo.plusDays(1))) {
                    findings.add(new ClockFinding("e_audit_period_gap", "error", "TLS BR audit periods leave " + coveredTo.plusDays(1) + " – "
                            + s.periodStart.minusDays(1) + " unaudited (a period ended on " + coveredTo + ", the next began on " + s.periodStart + ").",
                            config.gapCitation()));
                }
                coveredTo = coveredTo == null || s.periodEnd.isAfter(coveredTo) ? s.periodEnd : coveredTo;
            }
        }
        for (Dated dated : statements) {
            AuditStatement s = dated.statement();
            String kinds = String.join(", ", dated.kinds());
            if (s.periodStart != null && s.periodEnd != null && !s.periodEnd.isBefore(s.periodStart.plus(config.longestPeriod()))) {
                findings.add(new ClockFinding("e_audit_period_too_long", "error", kinds + " audit by " + s.auditor + ": the period " + s.periodStart
                        + " – " + s.periodEnd + " is longer than " + config.longestPeriod() + ".", config.longPeriodCitation()));
            }
            if (s.periodEnd != null && s.statementDate != null && s.statementDate.isAfter(s.periodEnd.plus(config.statementWithin()))) {
                findings.add(new ClockFinding("w_audit_statement_late", "warning", kinds + " audit by " + s.auditor + ": the statement of "
                        + s.statementDate + " came more than " + config.statementWithin() + " after its period ended on " + s.periodEnd + ".",
                        config.lateCitation()));
            }
        }
        return findings;
    }

    /** The day the statement for the TLS BR period after one ending on {@code latestEnd} is due. */
    LocalDate statementDue(LocalDate latestEnd) {
        return latestEnd.plus(config.nextPeriodWithin()).plus(config.statementWithin());
    }

    /** The next TLS BR audit statement of every CA with one from the CCADB, due or not. */
    @Override
    public List<Obligation> openAt(Instant now) {
        Map<CertificationAuthority, LocalDate> latestEnd = new HashMap<>();
        for (CcadbAudit audit : CcadbAudit.<CcadbAudit>listAll()) {
            if (!audit.covers(TLS_BR)) {
                continue;
            }
            AuditStatement statement = AuditStatement.findById(audit.auditId);
            if (statement != null && statement.periodEnd != null) {
                latestEnd.merge(audit.ca, statement.periodEnd, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        List<Obligation> obligations = new ArrayList<>();
        latestEnd.forEach((ca, end) -> {
            LocalDate nextEnd = end.plus(config.nextPeriodWithin());
            obligations.add(new Obligation(ca.slug, null, "audit-statement", "TLS BR audit statement for the period after " + end
                    + " (period to end by " + nextEnd + ")", end.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                    statementDue(end).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), null, "/cas/" + ca.slug + "#audits"));
        });
        obligations.sort(Comparator.comparing(Obligation::due));
        return obligations;
    }

    private static List<Dated> statements(CertificationAuthority ca) {
        List<Dated> dated = new ArrayList<>();
        for (CcadbAudit audit : CcadbAudit.forCa(ca)) {
            AuditStatement statement = AuditStatement.findById(audit.auditId);
            if (statement != null) {
                dated.add(new Dated(statement, List.of(audit.kinds.split(",\\s*"))));
            }
        }
        return dated;
    }
}
