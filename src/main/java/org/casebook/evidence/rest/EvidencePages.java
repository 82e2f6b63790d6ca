package org.casebook.evidence.rest;

import org.casebook.issue.IssuePageUrls;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.casebook.analysis.LintMetadata;
import org.casebook.ca.CertificationAuthority;
import org.casebook.evidence.EvidenceLink;
import org.casebook.evidence.EvidenceNotes;
import org.casebook.evidence.UploadParser.Part;
import org.casebook.evidence.rest.CertificatePages.FindingRow;
import org.casebook.evidence.service.CertificateLints;
import org.casebook.evidence.service.CertificateService;
import org.casebook.evidence.service.CorpusAnalysis;
import org.casebook.evidence.service.EvidenceUploads;
import org.casebook.issue.Issue;
import org.casebook.issue.service.IssueService;
import org.casebook.security.Roles;
import org.casebook.web.ApiException;
import org.casebook.security.Viewer;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

/**
 * The issue page's upload form answer (each certificate with its findings at once) and the evidence notes.
 * Rooted at "/" like the other page classes: a class path ending in /evidence would win every request under
 * it, so the issue editor's own evidence forms (link by SHA-256, unlink) would never be reached.
 */
@Path("/")
@RolesAllowed({Roles.REVIEWER, Roles.MANAGER, Roles.ADMIN})
public class EvidencePages {

    private static final String EVIDENCE = "cas/{ca: [a-z0-9-]+}/issues/{letter: [A-Z]+}/evidence/";

    @Inject
    EvidenceUploads uploads;

    @Inject
    CertificateService certificates;

    @Inject
    org.casebook.evidence.service.EvidenceLinks evidenceLinks;

    @Inject
    CertificateLints lints;

    @Inject
    CorpusAnalysis corpus;

    @Inject
    IssueService issues;

    @Inject
    SecurityIdentity identity;

    @Inject
    MixedUploads mixed;

    /** One uploaded certificate as the answer page shows it, its findings split by severity. */
    public record UploadedRow(String source, String sha256, String subject, String serial, java.time.Instant notBefore, boolean alreadyOnFile,
            Long linkId, boolean noteEditable, String note, List<FindingRow> errors, List<FindingRow> warnings, List<FindingRow> notices) {
        public boolean clean() {
            return errors.isEmpty() && warnings.isEmpty() && notices.isEmpty();
        }
    }

    public record RejectedRow(int index, String source, String reason) {
    }

    /** A CRL or OCSP response of the upload, filed or found on file, linked to its page. */
    public record SourceRow(String source, String kind, String sha256, String url, boolean alreadyOnFile, List<String> notes) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance uploaded(Viewer viewer, CertificationAuthority ca, Issue issue, List<UploadedRow> rows,
                List<SourceRow> sources, List<RejectedRow> rejected, String problem);

        static native TemplateInstance note(Viewer viewer, CertificationAuthority ca, Issue issue, EvidenceLink link);
    }

    @POST
    @Path(EVIDENCE + "upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response upload(@PathParam("ca") String slug, @PathParam("letter") String letter, MultipartFormDataInput form) {
        Issue issue = issues.issue(slug, letter);
        String note = text(form, "note");
        List<Part> parts;
        try {
            parts = CertificateResource.parts(form, uploads);
        } catch (ApiException tooLarge) {
            return page(tooLarge.status(), issue, List.of(), List.of(), tooLarge.getMessage());
        }
        if (note != null && note.length() > CertificateService.MAX_NOTE_LENGTH) {
            return page(400, issue, List.of(), List.of(), "The note is longer than " + CertificateService.MAX_NOTE_LENGTH + " characters.");
        }
        MixedUploads.Result mixedResult = mixed.store(parts, identity.getPrincipal().getName(), issue, note);
        EvidenceUploads.Result result = mixedResult.certificates();
        if (result instanceof EvidenceUploads.Refused refused) {
            return page(refused.status(), issue, List.of(), List.of(), capitalize(refused.detail()) + ".");
        }
        if (!mixedResult.revocation().isEmpty() && mixedResult.nothingFiled()) {
            return page(400, issue, List.of(), List.of(), "Nothing in the upload could be filed: " + MixedUploads.describeRefused(mixedResult) + ".");
        }
        EvidenceUploads.Done done = (EvidenceUploads.Done) result;
        Map<String, String> effective = effectiveDates();
        List<UploadedRow> rows = done.certificates().stream().map(p -> {
            List<FindingRow> findings = p.findings().stream()
                    .map(f -> new FindingRow(f.code, f.severity, f.message, f.citation, effective.getOrDefault(f.code, "")))
                    .toList();
            return new UploadedRow(p.source(), p.certificate().sha256, p.certificate().subject, p.certificate().serialHex,
                    p.certificate().notBefore,
                    p.alreadyOnFile(), p.link() == null ? null : p.link().id, p.link() != null && EvidenceNotes.mayChange(p.link(), identity),
                    p.link() == null ? null : p.link().note,
                    bySeverity(findings, "error"), bySeverity(findings, "warning"), bySeverity(findings, "notice"));
        }).toList();
        List<RejectedRow> rejected = new java.util.ArrayList<>(done.rejected().stream().map(i -> new RejectedRow(i.index(), i.source(), i.reason())).toList());
        List<SourceRow> sources = new java.util.ArrayList<>();
        int index = mixedResult.firstRevocationIndex();
        for (org.casebook.revocation.service.RevocationUploads.Outcome outcome : mixedResult.revocation()) {
            if (outcome.accepted()) {
                sources.add(new SourceRow(outcome.source(), outcome.kind() == org.casebook.revocation.RevocationItems.Kind.CRL ? "CRL" : "OCSP response",
                        outcome.sha256(), outcome.url(), outcome.alreadyOnFile(), outcome.notes()));
            } else {
                rejected.add(new RejectedRow(index, outcome.source(), outcome.reason()));
            }
            index++;
        }
        return page(200, issue, rows, sources, rejected, null);
    }

    @GET
    @Path(EVIDENCE + "{link: [0-9]+}/note")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance noteForm(@PathParam("ca") String slug, @PathParam("letter") String letter, @PathParam("link") long linkId) {
        Issue issue = issues.issue(slug, letter);
        return Templates.note(Viewer.of(identity), issue.ca, issue, link(issue, linkId));
    }

    @POST
    @Path(EVIDENCE + "{link: [0-9]+}/note")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveNote(@PathParam("ca") String slug, @PathParam("letter") String letter, @PathParam("link") long linkId,
            @FormParam("note") String note) {
        Issue issue = issues.issue(slug, letter);
        EvidenceNotes.requireMayChange(link(issue, linkId), identity);
        certificates.setNote(linkId, note);
        return Response.seeOther(URI.create(IssuePageUrls.of(issue) + "#evidence")).build();
    }

    private EvidenceLink link(Issue issue, long linkId) {
        return evidenceLinks.link(issue, linkId);
    }

    private Response page(int status, Issue issue, List<UploadedRow> rows, List<RejectedRow> rejected, String problem) {
        return page(status, issue, rows, List.of(), rejected, problem);
    }

    private Response page(int status, Issue issue, List<UploadedRow> rows, List<SourceRow> sources, List<RejectedRow> rejected, String problem) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.uploaded(Viewer.of(identity), issue.ca, issue, rows, sources, rejected, problem)).build();
    }

    private Map<String, String> effectiveDates() {
        Map<String, String> dates = new HashMap<>();
        Stream.concat(lints.registry().lints().stream().map(l -> l.metadata()), corpus.checks().stream())
                .forEach((LintMetadata m) -> dates.put(m.code(), m.effectiveDate() == null ? "always" : m.effectiveDate().toString()));
        return dates;
    }

    private static List<FindingRow> bySeverity(List<FindingRow> findings, String severity) {
        return findings.stream().filter(f -> f.severity().equals(severity)).toList();
    }

    private static String text(MultipartFormDataInput form, String name) {
        for (FormValue value : form.getValues().getOrDefault(name, List.of())) {
            if (!value.isFileItem()) {
                return CertificateService.blankToNull(value.getValue());
            }
        }
        return null;
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
