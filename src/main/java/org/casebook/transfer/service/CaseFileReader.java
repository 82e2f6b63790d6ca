package org.casebook.transfer.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.casebook.analysis.CertificateView;
import org.casebook.audit.AuditOpinion;
import org.casebook.evidence.CaCertificateRole;
import org.casebook.evidence.StoredCertificate;
import org.casebook.evidence.UploadParser;
import org.casebook.issue.IssueCategory;
import org.casebook.issue.IssueLetters;
import org.casebook.issue.IssueStatus;
import org.casebook.issue.ReferenceKind;
import org.casebook.issue.StatementKind;
import org.casebook.web.ApiException;
import org.casebook.web.CodedEnum;
import org.casebook.web.DateRange;
import org.casebook.web.JsonErrors;
import org.casebook.web.PartialDates;

/**
 * Reads a case file document and checks all of it before anything is written: its format and version, every field's
 * type, size and value, every reference inside it (an evidence link or cross-sign to a certificate of the document, an
 * audited issue to an issue of the document, an ownership event or certificate owner to a CA of the document), and every
 * certificate's DER (parsed as uploads are, and hashed to the SHA-256 it is filed under). The first problem found is a
 * 400 naming it by its place in the document ({@code "issues[3].statements[0].kind: ..."}). What it returns is the
 * document in canonical form (dates and codes written as an export writes them), so that it compares equal to the
 * export of the same records.
 */
@ApplicationScoped
public class CaseFileReader {

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    /** A checked document, canonical, with each certificate parsed, by SHA-256 in document order. */
    public record Checked(CaseFileDocument document, Map<String, CertificateView> certificates) {
    }

    public Checked read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw invalid(JsonErrors.WHOLE_BODY + ": expected a JSON object: a case file as GET /api/cas/{ca}/export writes it");
        }
        JsonNode format = body.get("format");
        if (format == null || !format.isTextual() || !CaseFileDocument.FORMAT.equals(format.asText())) {
            throw invalid("format: must be \"" + CaseFileDocument.FORMAT + "\"" + (format == null ? "; the field is missing" : ", not " + format));
        }
        JsonNode version = body.get("version");
        if (version == null || !version.isInt()) {
            throw invalid("version: must be a whole number" + (version == null ? "; the field is missing" : ", not " + version));
        }
        if (version.asInt() != CaseFileDocument.VERSION) {
            throw invalid("version: this installation reads " + CaseFileDocument.FORMAT + " version " + CaseFileDocument.VERSION
                    + "; the document is version " + version.asInt() + " (import it into a Casebook that knows that version)");
        }
        CaseFileDocument document;
        try {
            document = mapper.treeToValue(body, CaseFileDocument.class);
        } catch (JsonProcessingException e) {
            throw invalid(JsonErrors.describe(e));
        }
        Set<ConstraintViolation<CaseFileDocument>> violations = validator.validate(document);
        if (!violations.isEmpty()) {
            throw invalid(violations.stream().map(CaseFileReader::describe).sorted().findFirst().orElseThrow()
                    + (violations.size() > 1 ? " (and " + (violations.size() - 1) + " more problems)" : ""));
        }
        return new Canonical(document).checked();
    }

    /** "issues[3].aliases[0]: must not be blank": the whole path, without Bean Validation's "<list element>" steps. */
    private static String describe(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString().replace(".<list element>", "").replace("<list element>", "");
        return (path.isEmpty() ? JsonErrors.WHOLE_BODY : path) + ": " + violation.getMessage();
    }

    static ApiException invalid(String detail) {
        return new ApiException(400, "invalid case file", detail);
    }

    /** One pass over a validated document: checks what Bean Validation cannot and writes each value canonically. */
    private static final class Canonical {
        private final CaseFileDocument in;
        private final Set<String> slugs = new HashSet<>();
        private final Set<String> letters = new HashSet<>();
        private final Map<String, CertificateView> certificates = new LinkedHashMap<>();

        Canonical(CaseFileDocument in) {
            this.in = in;
        }

        Checked checked() {
            CaseFileDocument.Ca ca = ca("ca", in.ca());
            List<CaseFileDocument.Ca> related = new ArrayList<>();
            for (int i = 0; i < in.relatedCas().size(); i++) {
                related.add(ca("relatedCas[" + i + "]", in.relatedCas().get(i)));
            }
            List<CaseFileDocument.Certificate> certificateRecords = new ArrayList<>();
            for (int i = 0; i < in.certificates().size(); i++) {
                certificateRecords.add(certificate("certificates[" + i + "]", in.certificates().get(i)));
            }
            List<CaseFileDocument.Ownership> ownership = new ArrayList<>();
            for (int i = 0; i < in.ownership().size(); i++) {
                ownership.add(ownership("ownership[" + i + "]", in.ownership().get(i)));
            }
            for (int i = 0; i < in.issues().size(); i++) {
                String letter = in.issues().get(i).letter();
                if (!IssueLetters.isValid(letter)) {
                    throw invalid("issues[" + i + "].letter: '" + letter + "' is not an issue letter code (A-Z, not ending in A)");
                }
                if (!letters.add(letter)) {
                    throw invalid("issues[" + i + "].letter: issue " + letter + " appears twice in the document");
                }
            }
            List<CaseFileDocument.Issue> issues = new ArrayList<>();
            for (int i = 0; i < in.issues().size(); i++) {
                issues.add(issue("issues[" + i + "]", in.issues().get(i)));
            }
            List<CaseFileDocument.Audit> audits = new ArrayList<>();
            for (int i = 0; i < in.audits().size(); i++) {
                audits.add(audit("audits[" + i + "]", in.audits().get(i)));
            }
            List<CaseFileDocument.CrossSign> crossSigns = new ArrayList<>();
            for (int i = 0; i < in.crossSigns().size(); i++) {
                CaseFileDocument.CrossSign c = in.crossSigns().get(i);
                String at = "crossSigns[" + i + "]";
                crossSigns.add(new CaseFileDocument.CrossSign(c.target(), c.source(), c.sourceOwner(), instant(at + ".notAfter", c.notAfter()),
                        date(at + ".revokedAt", c.revokedAt()), c.revocationSource(), c.comment(), c.serialHex(),
                        certificateRef(at + ".certificate", c.certificate())));
            }
            CaseFileDocument out = new CaseFileDocument(in.format(), in.version(), in.exportedAt(), ca, related, ownership, issues, audits,
                    crossSigns, certificateRecords);
            return new Checked(out, certificates);
        }

        private CaseFileDocument.Ca ca(String at, CaseFileDocument.Ca ca) {
            if (!slugs.add(ca.slug())) {
                throw invalid(at + ".slug: CA '" + ca.slug() + "' appears twice in the document");
            }
            if (ca.timeZone() != null && !ZoneId.getAvailableZoneIds().contains(ca.timeZone())) {
                throw invalid(at + ".timeZone: '" + ca.timeZone() + "' is not an IANA time zone like Asia/Shanghai");
            }
            return ca;
        }

        private CaseFileDocument.Certificate certificate(String at, CaseFileDocument.Certificate c) {
            if (certificates.containsKey(c.sha256())) {
                throw invalid(at + ".sha256: certificate " + c.sha256() + " appears twice in the document");
            }
            caRef(at + ".ca", c.ca());
            String role = roleCode(at + ".caRole", c.caRole(), List.of("root", "intermediate", "cross-certificate"));
            byte[] der;
            try {
                der = Base64.getDecoder().decode(c.der());
            } catch (IllegalArgumentException e) {
                throw invalid(at + ".der: not base64: " + e.getMessage());
            }
            UploadParser.Upload parsed = new UploadParser(2).parse(new UploadParser.Part(at, der));
            if (parsed.items().size() != 1 || !parsed.items().get(0).accepted()) {
                throw invalid(at + ".der: " + (parsed.items().size() == 1 ? parsed.items().get(0).reason()
                        : "holds " + parsed.items().size() + " or more certificates; expected one DER certificate"));
            }
            CertificateView view = parsed.items().get(0).certificate();
            if (!view.sha256Hex().equals(c.sha256())) {
                throw invalid(at + ".sha256: the DER's SHA-256 is " + view.sha256Hex() + ", not " + c.sha256());
            }
            if (view.serialHex().length() > StoredCertificate.SERIAL_HEX_LENGTH) {
                throw invalid(at + ".der: its serial number is " + view.serialHex().length() / 2 + " octets long; Casebook stores at most "
                        + StoredCertificate.SERIAL_HEX_LENGTH / 2);
            }
            certificates.put(c.sha256(), view);
            return new CaseFileDocument.Certificate(c.sha256(), c.der(), c.ca(), role,
                    instant(at + ".storedAt", c.storedAt()), c.storedBy());
        }

        private CaseFileDocument.Ownership ownership(String at, CaseFileDocument.Ownership o) {
            caRef(at + ".ca", o.ca());
            caRef(at + ".newOwnerCa", o.newOwnerCa());
            if (!o.ca().equals(in.ca().slug()) && !in.ca().slug().equals(o.newOwnerCa())) {
                throw invalid(at + ": the event involves neither '" + in.ca().slug() + "' (ca) nor names it as newOwnerCa");
            }
            return new CaseFileDocument.Ownership(o.ca(), date(at + ".effectiveOn", o.effectiveOn()), o.newOwner(), o.newOwnerCa(), o.share(),
                    date(at + ".disclosedOn", o.disclosedOn()), o.disclosedAs(), o.description());
        }

        private CaseFileDocument.Issue issue(String at, CaseFileDocument.Issue issue) {
            if (issue.affectedCertificates() != null && issue.affectedCertificates() < 0) {
                throw invalid(at + ".affectedCertificates: must not be negative");
            }
            List<CaseFileDocument.Statement> statements = new ArrayList<>();
            for (int i = 0; i < issue.statements().size(); i++) {
                CaseFileDocument.Statement s = issue.statements().get(i);
                String path = at + ".statements[" + i + "]";
                statements.add(new CaseFileDocument.Statement(partialDate(path + ".statedOn", s.statedOn()), s.speaker(),
                        code(path + ".kind", s.kind(), StatementKind::fromCode, CodedEnum.codes(StatementKind.class)), s.text(), s.sourceUrl()));
            }
            List<CaseFileDocument.Reference> references = new ArrayList<>();
            for (int i = 0; i < issue.references().size(); i++) {
                CaseFileDocument.Reference r = issue.references().get(i);
                String path = at + ".references[" + i + "]";
                references.add(new CaseFileDocument.Reference(code(path + ".kind", r.kind(), ReferenceKind::fromCode,
                        CodedEnum.codes(ReferenceKind.class)), r.title(), r.url(), partialDate(path + ".publishedOn", r.publishedOn())));
            }
            List<CaseFileDocument.Comment> comments = new ArrayList<>();
            for (int i = 0; i < issue.comments().size(); i++) {
                CaseFileDocument.Comment c = issue.comments().get(i);
                comments.add(new CaseFileDocument.Comment(c.author(), instant(at + ".comments[" + i + "].postedAt", c.postedAt()), c.text()));
            }
            List<CaseFileDocument.Evidence> evidence = new ArrayList<>();
            Set<String> linked = new HashSet<>();
            for (int i = 0; i < issue.evidence().size(); i++) {
                CaseFileDocument.Evidence e = issue.evidence().get(i);
                String path = at + ".evidence[" + i + "]";
                certificateRef(path + ".sha256", e.sha256());
                if (!linked.add(e.sha256())) {
                    throw invalid(path + ".sha256: certificate " + e.sha256() + " is linked to issue " + issue.letter() + " twice");
                }
                evidence.add(new CaseFileDocument.Evidence(e.sha256(), e.note(), e.addedBy(), instant(path + ".addedAt", e.addedAt())));
            }
            return new CaseFileDocument.Issue(issue.letter(), issue.title(), issue.aliases(),
                    code(at + ".status", issue.status(), IssueStatus::fromCode, CodedEnum.codes(IssueStatus.class)),
                    code(at + ".category", issue.category(), IssueCategory::fromCode, CodedEnum.codes(IssueCategory.class)),
                    partialDate(at + ".periodStart", issue.periodStart()), partialDate(at + ".periodEnd", issue.periodEnd()),
                    issue.affectedCertificates(), issue.affectedApproximate(), issue.coveredInIncidentReport(), issue.disclosedInAudit(),
                    issue.body(), issue.assessment(), statements, references, issue.credits(), comments, evidence);
        }

        private CaseFileDocument.Audit audit(String at, CaseFileDocument.Audit a) {
            List<CaseFileDocument.AuditedIssue> issues = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < a.issues().size(); i++) {
                CaseFileDocument.AuditedIssue issue = a.issues().get(i);
                String path = at + ".issues[" + i + "].letter";
                if (!letters.contains(issue.letter())) {
                    throw invalid(path + ": no issue " + issue.letter() + " in the document");
                }
                if (!seen.add(issue.letter())) {
                    throw invalid(path + ": issue " + issue.letter() + " appears twice in this audit");
                }
                issues.add(issue);
            }
            return new CaseFileDocument.Audit(a.auditor(), a.standard(), date(at + ".periodStart", a.periodStart()),
                    date(at + ".periodEnd", a.periodEnd()), date(at + ".statementDate", a.statementDate()),
                    code(at + ".opinion", a.opinion(), AuditOpinion::fromCode, CodedEnum.codes(AuditOpinion.class)), a.reported(), a.url(), issues);
        }

        private void caRef(String at, String slug) {
            if (slug != null && !slugs.contains(slug)) {
                throw invalid(at + ": no CA '" + slug + "' in the document (ca or relatedCas)");
            }
        }

        private String certificateRef(String at, String sha256) {
            if (sha256 != null && !certificates.containsKey(sha256)) {
                throw invalid(at + ": no certificate " + sha256 + " in the document's certificates");
            }
            return sha256;
        }
    }

    /** The canonical code of an enumerated value, or null; an unknown value names the allowed ones. */
    private static <E extends CodedEnum> String code(String at, String value, Function<String, E> parser, List<String> allowed) {
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value).code();
        } catch (IllegalArgumentException e) {
            throw invalid(at + ": '" + value + "' is not one of " + String.join(", ", allowed));
        }
    }

    private static String roleCode(String at, String value, List<String> allowed) {
        if (value == null) {
            return null;
        }
        try {
            return CaseFileExporter.roleCode(role(value));
        } catch (IllegalArgumentException e) {
            throw invalid(at + ": '" + value + "' is not one of " + String.join(", ", allowed));
        }
    }

    static CaCertificateRole role(String code) {
        for (CaCertificateRole role : CaCertificateRole.values()) {
            if (CaseFileExporter.roleCode(role).equals(code)) {
                return role;
            }
        }
        throw new IllegalArgumentException(code);
    }

    private static String date(String at, String value) {
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (!DateRange.contains(date)) {
                throw invalid(at + ": '" + value + "' is not " + DateRange.DESCRIPTION);
            }
            return date.toString();
        } catch (DateTimeParseException e) {
            throw invalid(at + ": '" + value + "' is not a date like 2016-09-19");
        }
    }

    private static String instant(String at, String value) {
        if (value == null) {
            return null;
        }
        try {
            Instant instant = Instant.parse(value);
            if (!DateRange.contains(instant)) {
                throw invalid(at + ": '" + value + "' is not " + DateRange.DESCRIPTION);
            }
            return instant.toString();
        } catch (DateTimeParseException e) {
            throw invalid(at + ": '" + value + "' is not a UTC time like 2016-09-19T08:30:00Z");
        }
    }

    private static String partialDate(String at, String value) {
        if (!PartialDates.isValid(value)) {
            throw invalid(at + ": '" + value + "' is not a date like 2015, 2015-03 or 2015-03-05, " + DateRange.DESCRIPTION);
        }
        return value;
    }
}
