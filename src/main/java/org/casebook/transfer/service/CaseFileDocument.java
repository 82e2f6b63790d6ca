package org.casebook.transfer.service;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.casebook.web.WebUrl;

/**
 * A whole case file as one JSON document ({@value #FORMAT}, version {@value #VERSION}): what {@code GET /api/cas/{ca}/export}
 * writes and {@code POST /api/import} reads. Records are named by what identifies them in any installation (a CA by slug,
 * an issue by letter, a certificate by SHA-256), never by database ids. Dates are ISO strings, enumerations their API
 * codes, lists in a fixed order (see {@link CaseFileExporter}). A new kind of record (reports, questions) is a new version.
 */
@JsonPropertyOrder({"format", "version", "exportedAt", "ca", "relatedCas", "ownership", "issues", "audits", "crossSigns", "certificates"})
public record CaseFileDocument(
        @NotNull String format,
        @NotNull Integer version,
        /** When the document was written; the one field that differs between two exports of the same case file. */
        String exportedAt,
        @NotNull @Valid Ca ca,
        /** Other CAs the file names (an ownership event's other party, the owner of a certificate): their own fields only. */
        @NotNull List<@NotNull @Valid Ca> relatedCas,
        @NotNull List<@NotNull @Valid Ownership> ownership,
        @NotNull List<@NotNull @Valid Issue> issues,
        @NotNull List<@NotNull @Valid Audit> audits,
        @NotNull List<@NotNull @Valid CrossSign> crossSigns,
        @NotNull List<@NotNull @Valid Certificate> certificates) {

    public static final String FORMAT = "casebook-case-file";
    public static final int VERSION = 1;

    @JsonPropertyOrder({"slug", "name", "country", "timeZone", "website", "description"})
    @Schema(name = "CaseFileCa")
    public record Ca(
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}", message = "must be lower-case letters, digits and '-', at most 64") String slug,
            @NotBlank @Size(max = 512) String name,
            @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code like CN") String country,
            @Size(max = 64) String timeZone,
            @WebUrl String website,
            @Size(max = 65535) String description) {
    }

    /** An ownership change involving the CA; {@code ca} is the CA whose ownership changed, {@code newOwnerCa} the buyer on file. */
    @JsonPropertyOrder({"ca", "effectiveOn", "newOwner", "newOwnerCa", "share", "disclosedOn", "disclosedAs", "description"})
    @Schema(name = "CaseFileOwnership")
    public record Ownership(
            @NotBlank String ca,
            @NotBlank String effectiveOn,
            @NotBlank @Size(max = 512) String newOwner,
            String newOwnerCa,
            @Size(max = 64) String share,
            String disclosedOn,
            @Size(max = 1024) String disclosedAs,
            @Size(max = 65535) String description) {
    }

    @JsonPropertyOrder({"letter", "title", "aliases", "status", "category", "periodStart", "periodEnd", "affectedCertificates",
            "affectedApproximate", "coveredInIncidentReport", "disclosedInAudit", "body", "assessment", "statements", "references",
            "credits", "comments", "evidence"})
    @Schema(name = "CaseFileIssue")
    public record Issue(
            @NotBlank String letter,
            @NotBlank @Size(max = 512) String title,
            @NotNull List<@NotBlank @Size(max = 128) String> aliases,
            @NotBlank String status,
            String category,
            String periodStart,
            String periodEnd,
            Integer affectedCertificates,
            @NotNull Boolean affectedApproximate,
            @NotNull Boolean coveredInIncidentReport,
            @NotNull Boolean disclosedInAudit,
            @Size(max = 65535) String body,
            @Size(max = 65535) String assessment,
            @NotNull List<@NotNull @Valid Statement> statements,
            @NotNull List<@NotNull @Valid Reference> references,
            @NotNull List<@NotNull @Valid Credit> credits,
            @NotNull List<@NotNull @Valid Comment> comments,
            @NotNull List<@NotNull @Valid Evidence> evidence) {
    }

    @JsonPropertyOrder({"statedOn", "speaker", "kind", "text", "sourceUrl"})
    @Schema(name = "CaseFileStatement")
    public record Statement(String statedOn, @Size(max = 512) String speaker, @NotBlank String kind,
            @NotNull @Size(max = 65535) String text, @WebUrl String sourceUrl) {
    }

    @JsonPropertyOrder({"kind", "title", "url", "publishedOn"})
    @Schema(name = "CaseFileReference")
    public record Reference(@NotBlank String kind, @NotBlank @Size(max = 1024) String title, @WebUrl String url,
            String publishedOn) {
    }

    @JsonPropertyOrder({"person", "contribution"})
    @Schema(name = "CaseFileCredit")
    public record Credit(@NotBlank @Size(max = 512) String person, @Size(max = 512) String contribution) {
    }

    @JsonPropertyOrder({"author", "postedAt", "text"})
    @Schema(name = "CaseFileComment")
    public record Comment(@NotBlank @Size(max = 64) String author, @NotBlank String postedAt, @NotNull @Size(max = 65535) String text) {
    }

    /** A certificate filed as evidence for the issue: {@code sha256} names one of the document's certificates. */
    @JsonPropertyOrder({"sha256", "note", "addedBy", "addedAt"})
    @Schema(name = "CaseFileEvidence")
    public record Evidence(@NotBlank String sha256, @Size(max = 4096) String note, @Size(max = 128) String addedBy,
            @NotBlank String addedAt) {
    }

    @JsonPropertyOrder({"auditor", "standard", "periodStart", "periodEnd", "statementDate", "opinion", "reported", "url", "issues"})
    @Schema(name = "CaseFileAudit")
    public record Audit(
            @NotBlank @Size(max = 512) String auditor,
            @NotBlank @Size(max = 512) String standard,
            String periodStart,
            String periodEnd,
            String statementDate,
            @NotBlank String opinion,
            @Size(max = 65535) String reported,
            @WebUrl String url,
            @NotNull List<@NotNull @Valid AuditedIssue> issues) {
    }

    /** Whether the audit disclosed ({@code true}) or missed an issue of the document, named by letter. */
    @JsonPropertyOrder({"letter", "disclosed", "note"})
    @Schema(name = "CaseFileAuditedIssue")
    public record AuditedIssue(@NotBlank String letter, @NotNull Boolean disclosed, @Size(max = 4096) String note) {
    }

    @JsonPropertyOrder({"target", "source", "sourceOwner", "notAfter", "revokedAt", "revocationSource", "comment", "serialHex", "certificate"})
    @Schema(name = "CaseFileCrossSign")
    public record CrossSign(
            @NotBlank @Size(max = 2048) String target,
            @NotBlank @Size(max = 2048) String source,
            @NotBlank @Size(max = 512) String sourceOwner,
            String notAfter,
            String revokedAt,
            @Size(max = 1024) String revocationSource,
            @Size(max = 4096) String comment,
            @Size(max = 512) String serialHex,
            /** SHA-256 of the cross-certificate among the document's certificates, when known. */
            String certificate) {
    }

    /**
     * A certificate the file refers to (evidence, the CA's own roots and intermediates, cross-certificates), as base64 DER.
     * {@code ca} and {@code caRole} are set on a CA's own certificates. Findings are not carried: the importing installation
     * lints and checks the certificate itself.
     */
    @JsonPropertyOrder({"sha256", "der", "ca", "caRole", "storedAt", "storedBy"})
    @Schema(name = "CaseFileCertificate")
    public record Certificate(
            @NotBlank @Pattern(regexp = "[0-9a-f]{64}", message = "must be 64 lower-case hex digits") String sha256,
            @NotBlank String der,
            String ca,
            String caRole,
            @NotBlank String storedAt,
            @Size(max = 128) String storedBy) {
    }
}
