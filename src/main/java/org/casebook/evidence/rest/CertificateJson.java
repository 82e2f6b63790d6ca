package org.casebook.evidence.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.casebook.analysis.BrProfile;
import org.casebook.analysis.LintMetadata;
import org.casebook.evidence.CertificateDetails;
import org.casebook.evidence.EvidenceLink;
import org.casebook.evidence.StoredCertificate;
import org.casebook.evidence.StoredFinding;
import org.casebook.evidence.UploadParser;
import org.casebook.revocation.RevocationStatus;

/** The JSON shapes of the certificate API (CONTRACT.md: CERT, the upload answer, the lint list). */
public final class CertificateJson {

    private CertificateJson() {
    }

    public record Finding(String code, String severity, String message, String citation) {
        static Finding of(StoredFinding finding) {
            return new Finding(finding.code, finding.severity, finding.message, finding.citation);
        }
    }

    public record Evidence(String ca, String issue, String title, String note, String addedBy, Instant addedAt) {
        static Evidence of(EvidenceLink link) {
            return new Evidence(link.issue.ca.slug, link.issue.letter, link.issue.title, link.note, link.addedBy, link.addedAt);
        }
    }

    /** CERT; {@code index} is the item's position in an upload (null on GET), {@code alreadyOnFile} marks a certificate stored before. */
    public record Cert(String sha256, String subject, String issuer, String serial, Instant notBefore, Instant notAfter,
            String signatureAlgorithm, String keyAlgorithm, Integer keySize, String keyCurve, boolean ca, boolean precertificate,
            List<String> subjectAltNames, List<Finding> findings, Integer index, Boolean alreadyOnFile, String url,
            List<Evidence> evidence, JudgedAs judgedAs, @JsonInclude(JsonInclude.Include.NON_NULL) Revocation revocation) {

        static Cert of(StoredCertificate c, List<StoredFinding> findings, Integer index, Boolean alreadyOnFile, List<EvidenceLink> evidence) {
            return of(c, findings, index, alreadyOnFile, evidence, null);
        }

        static Cert of(StoredCertificate c, List<StoredFinding> findings, Integer index, Boolean alreadyOnFile, List<EvidenceLink> evidence,
                Revocation revocation) {
            return new Cert(c.sha256, c.subject, c.issuer, c.serialHex, c.notBefore, c.notAfter, c.signatureAlgorithm, c.keyAlgorithm,
                    c.keySize, c.keyCurve, c.caCertificate, c.precertificate,
                    c.subjectAltNames == null ? List.of() : List.of(c.subjectAltNames.split("\n")),
                    findings.stream().map(Finding::of).toList(), index, alreadyOnFile, "/certificates/" + c.sha256,
                    evidence.stream().map(Evidence::of).toList(), JudgedAs.of(c), revocation);
        }
    }

    /** The BR 7.1.2 profile the certificate is judged against (BrProfile): "subscriber-dv", "subscriber, DV", "7.1.2.7.2". */
    public record JudgedAs(String profile, String label, String section) {
        static JudgedAs of(StoredCertificate c) {
            BrProfile.Judgement judgement;
            try {
                judgement = BrProfile.judge(CertificateDetails.view(c));
            } catch (IllegalStateException unreadable) {
                return null;
            }
            return new JudgedAs(judgement.key(), judgement.label(), judgement.section());
        }
    }

    public record Rejected(int index, String source, String reason) {
        static Rejected of(UploadParser.Item item) {
            return new Rejected(item.index(), item.source(), item.reason());
        }
    }

    /**
     * The upload answer. {@code crls} and {@code ocspResponses} (added for issue 16) appear only when the upload held
     * some, so an answer about certificates alone is exactly what it was.
     */
    public record UploadAnswer(List<Cert> certificates, List<Rejected> rejected,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<RevocationSource> crls,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<RevocationSource> ocspResponses) {
        public UploadAnswer(List<Cert> certificates, List<Rejected> rejected) {
            this(certificates, rejected, List.of(), List.of());
        }
    }

    /** A CRL or OCSP response of an upload, filed or found on file; its page at {@code url}. */
    public record RevocationSource(int index, String source, String sha256, boolean alreadyOnFile, String url, List<String> notes) {
    }

    /** CERT's {@code revocation}: what the CRLs and OCSP responses on file say (state revoked, not-revoked, unknown). */
    public record Revocation(String state, Instant revokedAt, Integer reasonCode, String reason, String source, String sourceSha256,
            Instant asOf, String sourceUrl) {
        public static Revocation of(RevocationStatus status) {
            return new Revocation(status.state().name().toLowerCase().replace('_', '-'), status.revokedAt(), status.reasonCode(),
                    status.reasonName(), status.sourceKind(), status.sourceSha256(), status.asOf(), status.sourceUrl());
        }
    }

    /** One check Casebook runs; dates are ISO days, null when the rule has always applied (or still applies). */
    public record Lint(String code, String severity, String source, String sourceTitle, String citation, String effectiveDate,
            String ineffectiveDate, String description) {
        static Lint of(LintMetadata m) {
            return new Lint(m.code(), m.severity().code(), m.source().name(), m.source().title(), m.citation(),
                    m.effectiveDate() == null ? null : m.effectiveDate().toString(),
                    m.ineffectiveDate() == null ? null : m.ineffectiveDate().toString(), m.description());
        }
    }
}
