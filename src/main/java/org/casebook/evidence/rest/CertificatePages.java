package org.casebook.evidence.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.casebook.analysis.BrProfile;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintMetadata;
import org.casebook.analysis.LintRegistry;
import org.casebook.analysis.corpus.CorpusCheck;
import org.casebook.analysis.corpus.CorpusCheckRegistry;
import org.casebook.evidence.CertificateDetails;
import org.casebook.evidence.EvidenceLink;
import org.casebook.evidence.StoredCertificate;
import org.casebook.evidence.StoredFinding;
import org.casebook.security.Viewer;

/** One certificate on file, decoded for people, with its findings and the issues it is evidence for. */
@Path("/certificates")
public class CertificatePages {

    @Inject
    SecurityIdentity identity;

    @Inject
    org.casebook.evidence.service.CertificateService certificates;

    @Inject
    org.casebook.evidence.service.EvidenceLinks links;

    @Inject
    org.casebook.revocation.service.RevocationStatuses revocationStatuses;

    /** A finding with the rule's effective date, for display. */
    public record FindingRow(String code, String severity, String message, String citation, String effectiveDate) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance certificate(Viewer viewer, StoredCertificate certificate, long validityDays,
                String subjectKeyId, String authorityKeyId, List<CertificateDetails.ExtensionRow> extensions,
                List<CertificateDetails.SctRow> scts, StoredCertificate issuerOnFile, List<FindingRow> findings,
                List<EvidenceLink> evidence, BrProfile.Judgement judgedAs, org.casebook.revocation.RevocationStatus revocation);
    }

    @GET
    @Path("{sha256: [0-9a-fA-F]{64}}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance certificate(@PathParam("sha256") String sha256) {
        StoredCertificate certificate = find(sha256);
        CertificateView view = CertificateDetails.view(certificate);
        List<EvidenceLink> evidence = links.forCertificate(certificate);
        // Findings against everything on file now: stored per-certificate ones (re-linted if stale) and the stored corpus findings.
        List<StoredFinding> findings = certificates.withStoredCorpus(certificates.currentFindingsDetached(certificate), certificate.id,
                evidence.isEmpty() ? null : evidence.get(0).issue.ca.slug);
        return Templates.certificate(Viewer.of(identity), certificate, CertificateDetails.validityDays(certificate),
                CertificateDetails.hex(view.subjectKeyIdentifier()), CertificateDetails.hex(view.authorityKeyIdentifier()),
                CertificateDetails.extensions(view), CertificateDetails.scts(view),
                CertificateDetails.verifiedIssuer(certificate, view), findingRows(findings), evidence, BrProfile.judge(view),
                revocationStatuses.of(certificate));
    }

    @GET
    @Path("{sha256: [0-9a-fA-F]{64}}.pem")
    @Produces("application/x-pem-file")
    public Response pem(@PathParam("sha256") String sha256) {
        StoredCertificate certificate = find(sha256);
        String pem = "-----BEGIN CERTIFICATE-----\n"
                + java.util.Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.der)
                + "\n-----END CERTIFICATE-----\n";
        return Response.ok(pem, "application/x-pem-file")
                .header("Content-Disposition", "attachment; filename=\"" + certificate.sha256 + ".pem\"")
                .build();
    }

    static List<FindingRow> findingRows(List<StoredFinding> findings) {
        LintRegistry registry = LintRegistry.discover();
        CorpusCheckRegistry corpusChecks = CorpusCheckRegistry.standard();
        return findings.stream()
                .sorted(java.util.Comparator.comparing((StoredFinding f) -> severityRank(f.severity)).thenComparing(f -> f.code))
                .map(f -> {
                    Optional<LintMetadata> rule = registry.byCode(f.code).map(l -> l.metadata())
                            .or(() -> corpusChecks.byCode(f.code).map(CorpusCheck::metadata));
                    return new FindingRow(f.code, f.severity, f.message,
                            f.citation != null ? f.citation : rule.map(LintMetadata::citation).orElse(null),
                            rule.map(m -> m.effectiveDate() == null ? "always" : m.effectiveDate().toString()).orElse(""));
                })
                .toList();
    }

    private static int severityRank(String severity) {
        return switch (severity) {
            case "error" -> 0;
            case "warning" -> 1;
            default -> 2;
        };
    }

    private StoredCertificate find(String sha256) {
        return certificates.certificate(sha256);
    }
}
