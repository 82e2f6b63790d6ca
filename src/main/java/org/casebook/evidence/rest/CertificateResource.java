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
import org.casebook.evidence.EvidenceLink;
import org.casebook.evidence.StoredCertificate;
import org.casebook.evidence.StoredFinding;
import org.casebook.evidence.UploadParser.Part;
import org.casebook.evidence.config.UploadConfig;
import org.casebook.evidence.service.CertificateLints;
import org.casebook.evidence.service.CertificateService;
import org.casebook.evidence.service.CorpusAnalysis;
import org.casebook.evidence.service.EvidenceUploads;
import org.casebook.evidence.service.LintRateLimiter;
import org.casebook.evidence.service.LintWorkers;
import org.casebook.issue.Issue;
import org.casebook.revocation.RevocationItems;
import org.casebook.revocation.service.RevocationStatuses;
import org.casebook.revocation.service.RevocationUploads;
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
    org.casebook.evidence.service.EvidenceLinks evidenceLinks;

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

    @Inject
    MixedUploads mixed;

    @Inject
    RevocationStatuses revocationStatuses;

    @POST
    @Path("certificates")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.REVIEWER, Roles.MANAGER, Roles.ADMIN})
    public CertificateJson.UploadAnswer upload(@QueryParam("ca") String ca, @QueryParam("issue") String issue,
            @QueryParam("note") String note, InputStream body) {
        Issue target = target(ca, issue, note);
        return answer(mixed.store(List.of(new Part("body", read(body))), identity.getPrincipal().getName(), target, note));
    }

    @POST
    @Path("certificates")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.REVIEWER, Roles.MANAGER, Roles.ADMIN})
    public CertificateJson.UploadAnswer uploadFiles(@QueryParam("ca") String ca, @QueryParam("issue") String issue,
            @QueryParam("note") String note, MultipartFormDataInput form) {
        Issue target = target(ca, issue, note);
        return answer(mixed.store(parts(form, uploads), identity.getPrincipal().getName(), target, note));
    }

    @POST
    @Path("lint")
    @Consumes(MediaType.WILDCARD)
    public CertificateJson.UploadAnswer lint(InputStream body, @Context HttpServerRequest request) {
        String client = throttle(request);
        return lintWithin(client, limits -> List.of(new Part("body", read(body, limits))));
    }

    @POST
    @Path("lint")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public CertificateJson.UploadAnswer lintFiles(MultipartFormDataInput form, @Context HttpServerRequest request) {
        String client = throttle(request);
        return lintWithin(client, limits -> parts(form, uploads, limits));
    }

    @GET
    @Path("certificates/{sha256}")
    public CertificateJson.Cert certificate(@PathParam("sha256") String sha256) {
        if (!sha256.matches("[0-9a-fA-F]{64}")) {
            throw ApiException.badRequest("sha256: expected 64 hex digits, got '" + (sha256.length() > 80 ? sha256.substring(0, 80) + "…" : sha256) + "'");
        }
        StoredCertificate certificate = certificates.certificate(sha256);
        List<EvidenceLink> evidence = evidenceLinks.forCertificate(certificate);
        String caSlug = evidence.isEmpty() ? null : evidence.get(0).issue.ca.slug;
        List<StoredFinding> findings = certificates.withStoredCorpus(certificates.currentFindingsDetached(certificate), certificate.id, caSlug);
        return CertificateJson.Cert.of(certificate, findings, null, null, evidence,
                CertificateJson.Revocation.of(revocationStatuses.of(certificate)));
    }

    @GET
    @Path("lints")
    public List<CertificateJson.Lint> lints() {
        return Stream.concat(lints.registry().lints().stream().map(l -> l.metadata()), corpus.checks().stream())
                .sorted(java.util.Comparator.comparing(m -> m.code()))
                .map(CertificateJson.Lint::of)
                .toList();
    }

    private CertificateJson.UploadAnswer answer(EvidenceUploads.Result result, Issue target) {
        if (result instanceof EvidenceUploads.Refused refused) {
            throw new ApiException(refused.status(), refused.error(), refused.detail());
        }
        EvidenceUploads.Done done = (EvidenceUploads.Done) result;
        Map<Long, List<EvidenceLink>> links = evidenceLinks.forCertificates(
                done.certificates().stream().map(p -> p.certificate().id).filter(Objects::nonNull).toList());
        List<CertificateJson.Cert> certs = done.certificates().stream().map(p -> {
            List<EvidenceLink> evidence = p.certificate().id == null ? List.of() : links.getOrDefault(p.certificate().id, List.of());
            return CertificateJson.Cert.of(p.certificate(), p.findings(), p.index(), p.alreadyOnFile(), evidence);
        }).toList();
        return new CertificateJson.UploadAnswer(certs, done.rejected().stream().map(CertificateJson.Rejected::of).toList());
    }

    /** The answer to an upload that may hold CRLs and OCSP responses: 400 only when nothing at all was filed. */
    private CertificateJson.UploadAnswer answer(MixedUploads.Result result) {
        if (result.revocation().isEmpty()) {
            return answer(result.certificates(), null);
        }
        if (result.nothingFiled()) {
            throw new ApiException(400, "nothing filed", "nothing in the upload could be filed: " + MixedUploads.describeRefused(result));
        }
        CertificateJson.UploadAnswer certificates = answer(result.certificates(), null);
        List<CertificateJson.Rejected> rejected = new ArrayList<>(certificates.rejected());
        List<CertificateJson.RevocationSource> crls = new ArrayList<>();
        List<CertificateJson.RevocationSource> ocsp = new ArrayList<>();
        int index = result.firstRevocationIndex();
        for (RevocationUploads.Outcome outcome : result.revocation()) {
            if (!outcome.accepted()) {
                rejected.add(new CertificateJson.Rejected(index++, outcome.source(), outcome.reason()));
                continue;
            }
            CertificateJson.RevocationSource source = new CertificateJson.RevocationSource(index++, outcome.source(), outcome.sha256(),
                    outcome.alreadyOnFile(), outcome.url(), outcome.notes());
            (outcome.kind() == RevocationItems.Kind.CRL ? crls : ocsp).add(source);
        }
        return new CertificateJson.UploadAnswer(certificates.certificates(), rejected, crls, ocsp);
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

    /** Takes one lint request from the client address's allowance (429 when used up); the address. */
    private String throttle(HttpServerRequest request) {
        String client = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        Duration wait = rateLimiter.acquire(client);
        if (!wait.isZero()) {
            throw tooManyRequests(wait, "lint requests from " + client + " are limited to "
                    + uploads.config().lintRequestsPerMinute() + " a minute");
        }
        return client;
    }

    private static ApiException tooManyRequests(Duration wait, String why) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return new ApiException(429, "too many requests", why + "; try again in " + seconds + " s")
                .withHeader("Retry-After", Long.toString(seconds));
    }

    /** The request-size limits of one lint request: the configured ones, or the anonymous ones without credentials. */
    private record RequestLimits(long maxRequestBytes, String maxRequestBytesSetting, String whoseLimit) {
    }

    /**
     * Lints what {@code body} reads. Signed-in callers have the upload limits. Anonymous callers have smaller
     * requests, and their address's certificates and CPU time per minute are counted: a request is refused while the
     * CPU allowance is overdrawn, or when its certificates are more than the allowance left (429, Retry-After); the CPU
     * time of reading, parsing and linting it is charged afterwards.
     */
    private CertificateJson.UploadAnswer lintWithin(String client, java.util.function.Function<RequestLimits, List<Part>> body) {
        UploadConfig config = uploads.config();
        java.util.concurrent.atomic.LongAdder cpuNanos = new java.util.concurrent.atomic.LongAdder();
        if (!identity.isAnonymous()) {
            RequestLimits limits = new RequestLimits(config.maxRequestBytes(), "casebook.upload.max-request-bytes", "");
            return answer(uploads.lint(body.apply(limits), new EvidenceUploads.LintLimits(config.maxItems(), "casebook.upload.max-items", "",
                    count -> {
                    }, cpuNanos)), null);
        }
        Duration cpuWait = rateLimiter.cpuWait(client);
        if (!cpuWait.isZero()) {
            throw tooManyRequests(cpuWait, "anonymous lint requests from " + client + " may use " + config.anonymousLintCpuSecondsPerMinute()
                    + " CPU seconds a minute (casebook.upload.anonymous-lint-cpu-seconds-per-minute), and have used them; signed-in"
                    + " reviewers are not limited so");
        }
        String signedIn = " for anonymous lint requests (signed-in reviewers: ";
        long started = LintWorkers.cpuTime();
        try {
            RequestLimits limits = new RequestLimits(config.anonymousLintMaxRequestBytes(), "casebook.upload.anonymous-lint-max-request-bytes",
                    signedIn + config.maxRequestBytes() + ")");
            List<Part> parts = body.apply(limits);
            EvidenceUploads.LintLimits lintLimits = new EvidenceUploads.LintLimits(config.anonymousLintMaxItems(),
                    "casebook.upload.anonymous-lint-max-items", signedIn + config.maxItems() + ")", count -> {
                        Duration wait = rateLimiter.takeCertificates(client, count);
                        if (!wait.isZero()) {
                            throw tooManyRequests(wait, "anonymous lint requests from " + client + " may carry "
                                    + config.anonymousLintCertificatesPerMinute() + " certificates a minute"
                                    + " (casebook.upload.anonymous-lint-certificates-per-minute); this one has " + count);
                        }
                    }, cpuNanos);
            return answer(uploads.lint(parts, lintLimits), null);
        } finally {
            long ownNanos = Math.max(0, LintWorkers.cpuTime() - started);
            rateLimiter.chargeCpu(client, (ownNanos + cpuNanos.sum()) / 1e9);
        }
    }

    /** The body, or a 413 when it is over the limit (read no further than the limit). */
    private byte[] read(InputStream body) {
        return read(body, new RequestLimits(uploads.config().maxRequestBytes(), "casebook.upload.max-request-bytes", ""));
    }

    private byte[] read(InputStream body, RequestLimits limits) {
        long limit = limits.maxRequestBytes();
        try (InputStream in = body) {
            if (in == null) {
                return new byte[0];
            }
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw tooLarge(-1, limits);
            }
            return bytes;
        } catch (IOException e) {
            throw ApiException.badRequest("the body could not be read: " + e.getMessage());
        }
    }

    /** The multipart parts named {@code file} (files or text) and {@code pem} (pasted text), in order. */
    static List<Part> parts(MultipartFormDataInput form, EvidenceUploads uploads) {
        return parts(form, uploads, new RequestLimits(uploads.config().maxRequestBytes(), "casebook.upload.max-request-bytes", ""));
    }

    /** A 413 naming the limit: the configured one (as {@link EvidenceUploads#tooLarge}), or the anonymous lint one. */
    private static ApiException tooLarge(long bytes, RequestLimits limits) {
        String detail = "the upload is " + (bytes < 0 ? "more than " + limits.maxRequestBytes() : bytes) + " bytes; the limit is "
                + limits.maxRequestBytes() + " bytes" + limits.whoseLimit() + " (" + limits.maxRequestBytesSetting() + ")";
        return new ApiException(413, "request too large", detail);
    }

    private static List<Part> parts(MultipartFormDataInput form, EvidenceUploads uploads, RequestLimits limits) {
        long limit = limits.maxRequestBytes();
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
            throw tooLarge(total, limits);
        }
        return parts;
    }
}
