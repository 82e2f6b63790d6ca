package org.casebook.revocation.rest;

import static org.casebook.security.Roles.ADMIN;
import static org.casebook.security.Roles.MANAGER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.casebook.evidence.StoredFinding;
import org.casebook.issue.Issue;
import org.casebook.issue.service.IssueService;
import org.casebook.revocation.service.RevocationClocks;
import org.casebook.web.ApiException;

/** An issue's revocation clock for scripts (its own root: the issue resource's longer path would otherwise win). */
@Path("/api/cas/{ca}/issues/{letter}/revocation-clock")
@Produces(MediaType.APPLICATION_JSON)
public class RevocationClockResource {

    @Inject
    RevocationClocks clocks;

    @Inject
    IssueService issues;

    public record ClockJson(String learnedAt, String reason, String promisedBy, String note) {
    }

    public record Finding(String code, String severity, String message, String citation) {
        public static Finding of(StoredFinding f) {
            return new Finding(f.code, f.severity, f.message, f.citation);
        }
    }

    public record CertificateVerdict(String sha256, String serial, String status, Instant revokedAt, Integer reasonCode, String reason,
            String source, Instant asOf, String verdict, String lateBy, String promiseVerdict, String latePastPromiseBy) {
    }

    /** The clock: what was set, the deadline that applies, each evidence certificate's verdict, counts and findings. */
    public record ClockAnswer(Instant learnedAt, String reason, Instant promisedBy, String note, String rule, String allowed, Instant due,
            long inTime, long late, long notRevoked, long unknown, List<CertificateVerdict> certificates, List<Finding> findings) {
        static ClockAnswer of(RevocationClocks.Report report) {
            var deadline = report.deadline();
            return new ClockAnswer(report.learnedAt(), report.clock() == null || report.clock().reason == null ? null : report.clock().reason.code(),
                    report.promisedBy(), report.clock() == null ? null : report.clock().note,
                    deadline == null ? null : deadline.rule(), deadline == null ? null : deadline.allowedText(), deadline == null ? null : deadline.due(),
                    report.count(RevocationClocks.Verdict.IN_TIME), report.count(RevocationClocks.Verdict.LATE),
                    report.count(RevocationClocks.Verdict.NOT_REVOKED), report.count(RevocationClocks.Verdict.UNKNOWN),
                    report.rows().stream().map(r -> new CertificateVerdict(r.certificate().sha256, r.certificate().serialHex,
                            r.status().state().name().toLowerCase().replace('_', '-'), r.status().revokedAt(), r.status().reasonCode(),
                            r.status().reasonName(), r.status().sourceUrl(), r.status().asOf(),
                            r.verdict().name().toLowerCase().replace('_', '-'), r.lateByText(),
                            r.promiseVerdict() == null ? null : r.promiseVerdict().name().toLowerCase().replace('_', '-'),
                            r.latePastPromiseByText())).toList(),
                    report.findings().stream().map(Finding::of).toList());
        }
    }

    @GET
    public ClockAnswer clock(@PathParam("ca") String ca, @PathParam("letter") String letter) {
        return ClockAnswer.of(clocks.report(issues.issue(ca, letter)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({MANAGER, ADMIN})
    public ClockAnswer setClock(@PathParam("ca") String ca, @PathParam("letter") String letter, ClockJson body) {
        Issue issue = issues.issue(ca, letter);
        if (body == null) {
            throw ApiException.badRequest("body: expected {\"learnedAt\",\"reason\",\"promisedBy\",\"note\"}");
        }
        clocks.set(issue, input(body.learnedAt(), body.reason(), body.promisedBy(), body.note()));
        return ClockAnswer.of(clocks.report(issue));
    }

    static RevocationClocks.ClockInput input(String learnedAt, String reason, String promisedBy, String note) {
        return new RevocationClocks.ClockInput(instant("learnedAt", learnedAt, false), reason, instant("promisedBy", promisedBy, true), note);
    }

    /** An ISO instant, or a day: its start, or for a promise "by" that day, its end (the next day's start, UTC). */
    static Instant instant(String field, String text, boolean endOfDay) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(field + ": expected an ISO date (2016-12-31) or instant (2016-12-31T12:00:00Z), got '"
                    + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'");
        }
    }
}
