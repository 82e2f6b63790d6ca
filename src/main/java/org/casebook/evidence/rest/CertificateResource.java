package org.casebook.evidence.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.casebook.analysis.CertificateView;
import org.casebook.evidence.CertificateDetails;
import org.casebook.evidence.EvidenceLink;
import org.casebook.evidence.StoredCertificate;
import org.casebook.evidence.StoredFinding;
import org.casebook.evidence.UploadParser.Part;
import org.casebook.evidence.service.CertificateLints;
import org.casebook.evidence.service.CertificateService;
import org.casebook.evidence.service.CorpusAnalysis;
import org.casebook.evidence.service.EvidenceUploads;
import org.casebook.evidence.service.LintRateLimiter;
import org.casebook.issue.Issue;
import org.casebook.issue.service.IssueService;
import org.casebook.security.Roles;
import org.casebook.web.ApiException;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

/**
 * The certificate API for scripts: upload (stores), lint (stores nothing), one certificate with its
 * findings against everything on file now, and the list of every check.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class CertificateResource {

    @Inject
    EvidenceUploads uploads;

    @Inject
    CertificateService certificates;

    @Inject
    CertificateLints lints;

    @Inject
    CorpusAnalysis corpus;

    @Inject
    IssueService issues;

    @Inject
    LintRateLimiter rateLimiter;

    @Inject
    SecurityIdentity identity;

    @POST
    @Path("certificates")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.REVIEWER, Roles.MANAGER, Roles.ADMIN})
    public CertificateJson.UploadAnswer upload(@QueryParam("ca") String ca, @QueryParam("issue") String issue,
            @QueryParam("note") String note, InputStream body) {
        Issue target = target(ca, issue, note);
        return answer(uploads.store(List.of(new Part("body", read(body))), identity.getPrincipal().getName(), target, note), target);
    }

    @POST
    @Path("certificates")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.REVIEWER, Roles.MANAGER, Roles.ADMIN})
    public CertificateJson.UploadAnswer uploadFiles(@QueryParam("ca") String ca, @QueryParam("issue") String issue,
            @QueryParam("note") String note, MultipartFormDataInput form) {
        Issue target = target(ca, issue, note);
        return answer(uploads.store(parts(form, uploads), identity.getPrincipal().getName(), target, note), target);
    }

    @POST
    @Path("lint")
    @Consumes(MediaType.WILDCARD)
    public CertificateJson.UploadAnswer lint(InputStream body, @Context HttpServerRequest request) {
        throttle(request);
        return answer(uploads.lint(List.of(new Part("body", read(body)))), null);
    }

    @POST
    @Path("lint")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public CertificateJson.UploadAnswer lintFiles(MultipartFormDataInput form, @Context HttpServerRequest request) {
        throttle(request);
        return answer(uploads.lint(parts(form, uploads)), null);
    }

    @GET
    @Path("certificates/{sha256}")
    public CertificateJson.Cert certificate(@PathParam("sha256") String sha256) {
        if (!sha256.matches("[0-9a-fA-F]{64}")) {
            throw ApiException.badRequest("sha256: expected 64 hex digits, got '" + (sha256.length() > 80 ? sha256.substring(0, 80) + "…" : sha256) + "'");
        }
        StoredCertificate certificate = StoredCertificate.findBySha256(sha256)
                .orElseThrow(() -> ApiException.notFound("no certificate with SHA-256 " + sha256.toLowerCase() + " on file"));
        List<EvidenceLink> evidence = EvidenceLink.forCertificate(certificate);
        String caSlug = evidence.isEmpty() ? null : evidence.get(0).issue.ca.slug;
        List<StoredFinding> findings = certificates.withStoredCorpus(certificates.currentFindingsDetached(certificate), certificate.id, caSlug);
        return CertificateJson.Cert.of(certificate, findings, null, null, evidence);
    }

    @GET
    @Path("lints")
    public List<CertificateJson.Lint> lints() {
        return Stream.concat(lints.registry().lints().stream().map(l -> l.metadata()), corpus.checks().stream())
                .sorted(java.util.Comparator.comparing(m -> m.code()))
                .map(CertificateJson.Lint::of)
                .toList();
    }

    List<StoredFinding> withCorpus(List<StoredFinding> stored, CertificateView view, String caSlug) {
        return certificates.withCorpus(stored, view, caSlug);
    }

    private CertificateJson.UploadAnswer answer(EvidenceUploads.Result result, Issue target) {
        if (result instanceof EvidenceUploads.Refused refused) {
            throw new ApiException(refused.status(), refused.error(), refused.detail());
        }
        EvidenceUploads.Done done = (EvidenceUploads.Done) result;
        String caSlug = target == null ? null : target.ca.slug;
        Map<Long, List<EvidenceLink>> links = EvidenceLink.forCertificates(
                done.certificates().stream().map(p -> p.certificate().id).filter(Objects::nonNull).toList());
        // Stored certificates: their stored corpus findings; a lint request's (not on file): checked now.
        Map<Long, List<StoredFinding>> stored = certificates.withStoredCorpus(done.certificates().stream()
                .filter(p -> p.certificate().id != null)
                .collect(java.util.stream.Collectors.toMap(p -> p.certificate().id, EvidenceUploads.Processed::findings, (a, b) -> a)), caSlug);
        List<CertificateJson.Cert> certs = done.certificates().stream().map(p -> {
            List<EvidenceLink> evidence = p.certificate().id == null ? List.of() : links.getOrDefault(p.certificate().id, List.of());
            List<StoredFinding> findings = p.certificate().id == null ? withCorpus(p.findings(), p.view(), caSlug) : stored.get(p.certificate().id);
            return CertificateJson.Cert.of(p.certificate(), findings, p.index(), p.alreadyOnFile(), evidence);
        }).toList();
        return new CertificateJson.UploadAnswer(certs, done.rejected().stream().map(CertificateJson.Rejected::of).toList());
    }

    /** The issue named by ?ca=&issue=, checked before anything is stored. */
    private Issue target(String ca, String issue, String note) {
        if ((ca == null || ca.isBlank()) != (issue == null || issue.isBlank())) {
            throw ApiException.badRequest("ca and issue: give both to file the certificates as evidence for an issue, or neither");
        }
        if (note != null && note.length() > CertificateService.MAX_NOTE_LENGTH) {
            throw ApiException.badRequest("note: at most " + CertificateService.MAX_NOTE_LENGTH + " characters");
        }
        return ca == null || ca.isBlank() ? null : issues.issue(ca.strip(), issue.strip());
    }

    private void throttle(HttpServerRequest request) {
        String client = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        Duration wait = rateLimiter.acquire(client);
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            throw new ApiException(429, "too many requests", "lint requests from " + client + " are limited to "
                    + uploads.config().lintRequestsPerMinute() + " a minute; try again in " + seconds + " s")
                    .withHeader("Retry-After", Long.toString(seconds));
        }
    }

    /** The body, or a 413 when it is over the limit (read no further than the limit). */
    private byte[] read(InputStream body) {
        long limit = uploads.config().maxRequestBytes();
        try (InputStream in = body) {
            if (in == null) {
                return new byte[0];
            }
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                EvidenceUploads.Refused refused = uploads.tooLarge(-1);
                throw new ApiException(refused.status(), refused.error(), refused.detail());
            }
            return bytes;
        } catch (IOException e) {
            throw ApiException.badRequest("the body could not be read: " + e.getMessage());
        }
    }

    /** The multipart parts named {@code file} (files or text) and {@code pem} (pasted text), in order. */
    static List<Part> parts(MultipartFormDataInput form, EvidenceUploads uploads) {
        long limit = uploads.config().maxRequestBytes();
        List<Part> parts = new ArrayList<>();
        long total = 0;
        for (String name : List.of("file", "pem")) {
            Collection<FormValue> values = form.getValues().getOrDefault(name, List.of());
            int position = 0;
            for (FormValue value : values) {
                position++;
                try {
                    if (value.isFileItem()) {
                        total += value.getFileItem().getFileSize();
                        if (total > limit) {
                            break;
                        }
                        String fileName = value.getFileName() == null || value.getFileName().isBlank() ? name + " part " + position : value.getFileName();
                        if (value.getFileItem().getFileSize() == 0 && (value.getFileName() == null || value.getFileName().isBlank())) {
                            continue; // a file picker left empty
                        }
                        try (InputStream in = value.getFileItem().getInputStream()) {
                            parts.add(new Part("file '" + fileName + "'", in.readAllBytes()));
                        }
                    } else {
                        String text = value.getValue();
                        if (text == null || text.isBlank()) {
                            continue; // an empty text area
                        }
                        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                        total += bytes.length;
                        parts.add(new Part(name.equals("pem") ? "pasted text" : name + " part " + position, bytes));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        if (total > limit) {
            EvidenceUploads.Refused refused = uploads.tooLarge(total);
            throw new ApiException(refused.status(), refused.error(), refused.detail());
        }
        return parts;
    }
}
