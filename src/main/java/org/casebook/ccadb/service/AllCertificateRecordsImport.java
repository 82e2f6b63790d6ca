package org.casebook.ccadb.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.casebook.audit.AuditStatement;
import org.casebook.ca.CertificationAuthority;
import org.casebook.ccadb.CcadbAudit;
import org.casebook.ccadb.CcadbCertificate;
import org.casebook.ccadb.CcadbCsv;
import org.casebook.ccadb.CcadbCsv.BadField;
import org.casebook.ccadb.CcadbCsv.Row;
import org.casebook.evidence.CaCertificateRole;
import org.casebook.evidence.StoredCertificate;

/**
 * Reads the CCADB's "All Certificate Records" report into the case files: each CA owner a CA (with its country), each
 * row a {@link CcadbCertificate} in that CA's hierarchy, each distinct audit an audit statement of the CA. A re-import
 * is an update: records are matched by their Salesforce record id and audits by their identity, only differences are
 * written (so the CA's history shows exactly them), and the summary lists them. One transaction: a header error
 * changes nothing; a broken row is listed with its reason and every good row is imported.
 *
 * <p>A row whose parent record is not in the report (nor on file from an earlier import) is imported with the parent
 * unknown ({@link CcadbCertificate#parentMissing}), keeping the parent's name and fingerprint as the report gives them.
 */
@ApplicationScoped
public class AllCertificateRecordsImport {

    /** The columns the import cannot do without; the others (statuses, audits, CP/CPS, country) are read when present. */
    public static final List<String> REQUIRED_COLUMNS = List.of("CA Owner", "Salesforce Record ID", "Certificate Name",
            "Parent Salesforce Record ID", "Certificate Record Type", "Revocation Status", "SHA-256 Fingerprint",
            "Valid From (GMT)", "Valid To (GMT)");

    /** The report's audit kinds, each with five columns "<kind> Audit URL", "... Type", "... Statement Date", "... Period Start/End Date". */
    public static final List<String> AUDIT_KINDS = List.of("Standard", "NetSec", "TLS BR", "TLS EVG", "Code Signing", "S/MIME BR", "VMC");

    private static final int QUERY_CHUNK = 1000;

    @Inject
    CrossCertificates crossCertificates;

    /** A row read and checked, before anything is written. */
    private record Parsed(Row row, String owner, CcadbCertificate incoming, boolean auditsSameAsParent, List<Audit> audits, String country) {
    }

    record Audit(String kind, String url, String type, String auditor, LocalDate statementDate, LocalDate periodStart, LocalDate periodEnd) {
        String key() {
            return String.join("|", Objects.toString(url, ""), Objects.toString(type, ""), Objects.toString(auditor, ""),
                    Objects.toString(statementDate, ""), Objects.toString(periodStart, ""), Objects.toString(periodEnd, ""));
        }
    }

    @Transactional
    public ImportSummary importReport(InputStream body) {
        CcadbCsv report = CcadbImports.read(body, REQUIRED_COLUMNS, "All Certificate Records");
        ImportSummary.Tally tally = new ImportSummary.Tally();
        List<Parsed> parsed = new ArrayList<>();
        Set<String> recordIds = new LinkedHashSet<>();
        for (Row row : report.rows()) {
            try {
                Parsed one = parse(row);
                if (!recordIds.add(one.incoming().recordId)) {
                    tally.reject(row.number(), "\"Salesforce Record ID\": " + one.incoming().recordId + " is on an earlier row too");
                    continue;
                }
                parsed.add(one);
            } catch (BadField bad) {
                tally.reject(row.number(), bad.getMessage());
            }
        }
        new Writing(tally, recordIds).write(parsed);
        return tally.summary();
    }

    private static Parsed parse(Row row) {
        String owner = required(row, "CA Owner");
        CcadbCertificate c = new CcadbCertificate();
        c.recordId = required(row, "Salesforce Record ID");
        c.name = cut(required(row, "Certificate Name"), 1024);
        c.recordType = required(row, "Certificate Record Type");
        if (!c.recordType.equalsIgnoreCase(CcadbCertificate.ROOT) && !c.recordType.equalsIgnoreCase(CcadbCertificate.INTERMEDIATE)) {
            throw new BadField("\"Certificate Record Type\": '" + c.recordType + "' is neither '" + CcadbCertificate.ROOT + "' nor '"
                    + CcadbCertificate.INTERMEDIATE + "'");
        }
        c.sha256 = row.sha256("SHA-256 Fingerprint");
        if (c.sha256 == null) {
            throw new BadField("\"SHA-256 Fingerprint\" is empty");
        }
        c.parentRecordId = row.get("Parent Salesforce Record ID");
        c.parentName = cut(row.get("Parent Certificate Name"), 1024);
        c.parentSha256 = row.sha256("Parent SHA-256 Fingerprint");
        if (!c.root() && c.parentRecordId == null && c.parentSha256 == null) {
            throw new BadField("an intermediate certificate without \"Parent Salesforce Record ID\" or \"Parent SHA-256 Fingerprint\"");
        }
        c.subordinateOwner = cut(row.get("Subordinate CA Owner"), 512);
        c.appleStatus = cut(row.get("Apple Status"), 128);
        c.chromeStatus = cut(row.get("Chrome Status"), 128);
        c.microsoftStatus = cut(row.get("Microsoft Status"), 128);
        c.mozillaStatus = cut(row.get("Mozilla Status"), 128);
        c.rootStatus = cut(row.get("Status of Root Cert"), 128);
        c.revocationStatus = cut(row.get("Revocation Status"), 128);
        c.validFrom = row.date("Valid From (GMT)");
        c.validTo = row.date("Valid To (GMT)");
        if (c.validFrom != null && c.validTo != null && c.validTo.isBefore(c.validFrom)) {
            throw new BadField("\"Valid To (GMT)\" " + c.validTo + " is before \"Valid From (GMT)\" " + c.validFrom);
        }
        c.authorityKeyId = cut(row.keyIdentifier("Authority Key Identifier"), 128);
        c.subjectKeyId = cut(row.keyIdentifier("Subject Key Identifier"), 128);
        c.technicallyConstrained = row.bool("Technically Constrained");
        c.trustBits = cut(row.get("Derived Trust Bits"), 512);
        c.crlUrl = cut(row.get("Full CRL Issued By This CA"), 2048);
        c.partitionedCrls = cut(row.get("JSON Array of Partitioned CRLs"), 65535);
        c.cpUrl = cut(row.get("Certificate Policy (CP) URL"), 2048);
        c.cpsUrl = cut(row.get("Certificate Practice Statement (CPS) URL"), 2048);
        c.cpCpsUrl = cut(row.get("Certificate Practice & Policy Statement"), 2048);
        Boolean sameAsParent = row.bool("Audits Same as Parent?");
        String auditor = cut(row.get("Auditor"), 512);
        List<Audit> audits = new ArrayList<>();
        for (String kind : AUDIT_KINDS) {
            String url = cut(row.get(kind + " Audit URL"), 2048);
            LocalDate statement = row.date(kind + " Audit Statement Date");
            LocalDate start = row.date(kind + " Audit Period Start Date");
            LocalDate end = row.date(kind + " Audit Period End Date");
            if (url == null && statement == null && start == null && end == null) {
                continue;
            }
            if (start != null && end != null && end.isBefore(start)) {
                throw new BadField("\"" + kind + " Audit Period End Date\" " + end + " is before its start " + start);
            }
            audits.add(new Audit(kind, url, cut(row.get(kind + " Audit Type"), 200), auditor, statement, start, end));
        }
        return new Parsed(row, owner, c, Boolean.TRUE.equals(sameAsParent), audits, row.get("Country"));
    }

    private static String required(Row row, String column) {
        String value = row.get(column);
        if (value == null) {
            throw new BadField("\"" + column + "\" is empty");
        }
        return value;
    }

    static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    /** The writing half of one import, with what it loaded once for all rows. */
    private final class Writing {
        final ImportSummary.Tally tally;
        final Set<String> recordIdsInReport;
        final CcadbOwners owners = new CcadbOwners();
        final Map<String, CcadbCertificate> recordsById = new HashMap<>();
        final Map<String, StoredCertificate> storedBySha256 = new HashMap<>();
        final Map<CertificationAuthority, Map<String, CcadbAudit>> auditsByCa = new HashMap<>();
        final List<CcadbCertificate> createdRecords = new ArrayList<>();

        Writing(ImportSummary.Tally tally, Set<String> recordIdsInReport) {
            this.tally = tally;
            this.recordIdsInReport = recordIdsInReport;
            for (CcadbCertificate record : CcadbCertificate.<CcadbCertificate>list("recordId is not null")) {
                recordsById.put(record.recordId, record);
            }
            for (CcadbAudit audit : CcadbAudit.<CcadbAudit>listAll()) {
                auditsByCa.computeIfAbsent(audit.ca, k -> new HashMap<>()).put(audit.auditKey, audit);
            }
        }

        void write(List<Parsed> rows) {
            loadStored(rows.stream().map(p -> p.incoming().sha256).distinct().toList());
            Map<CertificationAuthority, Map<String, Audit>> auditsOfCa = new LinkedHashMap<>();
            Map<CertificationAuthority, String> countries = new LinkedHashMap<>();
            for (Parsed row : rows) {
                CertificationAuthority ca = owners.ca(row.owner());
                tally.ca(ca, owners.createdNow(ca));
                String country = CcadbOwners.countryCode(row.country());
                if (country != null) {
                    countries.putIfAbsent(ca, country);
                }
                certificate(ca, row.incoming());
                // "Audits Same as Parent?": the statements are the parent's, filed with it, not again for each child.
                if (!row.auditsSameAsParent() || parentOutsideReport(row.incoming())) {
                    Map<String, Audit> audits = auditsOfCa.computeIfAbsent(ca, k -> new LinkedHashMap<>());
                    for (Audit audit : row.audits()) {
                        audits.merge(audit.key(), audit, (a, b) -> a);
                        kindsOf.computeIfAbsent(ca, k -> new HashMap<>()).computeIfAbsent(audit.key(), k -> new LinkedHashSet<>()).add(audit.kind());
                    }
                }
            }
            countries.forEach((ca, country) -> {
                if (!country.equals(ca.country)) {
                    if (!owners.createdNow(ca)) {
                        tally.change(ca.slug, "ca-changed", "country " + (ca.country == null ? "(none)" : ca.country) + " → " + country);
                        tally.caChanged(ca.slug);
                    }
                    ca.country = country;
                }
            });
            auditsOfCa.forEach(this::audits);
            tally.crossSigns.addAll(crossCertificates.among(recordsById.values(), createdRecords));
        }

        final Map<CertificationAuthority, Map<String, Set<String>>> kindsOf = new HashMap<>();

        private boolean parentOutsideReport(CcadbCertificate incoming) {
            return incoming.parentRecordId == null || !recordIdsInReport.contains(incoming.parentRecordId);
        }

        private void loadStored(List<String> sha256s) {
            for (int from = 0; from < sha256s.size(); from += QUERY_CHUNK) {
                StoredCertificate.<StoredCertificate>list("sha256 in ?1", sha256s.subList(from, Math.min(sha256s.size(), from + QUERY_CHUNK)))
                        .forEach(c -> storedBySha256.put(c.sha256, c));
            }
        }

        private void certificate(CertificationAuthority ca, CcadbCertificate incoming) {
            incoming.parentMissing = !incoming.root() && incoming.parentRecordId != null
                    && !recordIdsInReport.contains(incoming.parentRecordId) && !recordsById.containsKey(incoming.parentRecordId);
            StoredCertificate stored = storedBySha256.get(incoming.sha256);
            CcadbCertificate existing = recordsById.get(incoming.recordId);
            String kind = incoming.root() ? "root" : "intermediate";
            if (existing == null) {
                incoming.ca = ca;
                incoming.certificate = stored;
                incoming.persist();
                recordsById.put(incoming.recordId, incoming);
                createdRecords.add(incoming);
                tally.created("certificates", incoming.recordId);
                tally.caChanged(ca.slug);
                tally.change(ca.slug, "new-" + kind, incoming.name + (incoming.parentName == null ? "" : " (parent " + incoming.parentName + ")")
                        + (incoming.parentMissing ? ", parent not in the report" : "") + (incoming.revoked() ? ", revoked" : ""));
            } else {
                List<String> differences = RecordDifferences.between(existing, incoming);
                boolean moved = existing.ca != ca;
                boolean linked = existing.certificate == null && stored != null;
                boolean changed = !differences.isEmpty() || moved || existing.parentMissing != incoming.parentMissing
                        || !Objects.equals(existing.parentRecordId, incoming.parentRecordId)
                        || !Objects.equals(existing.authorityKeyId, incoming.authorityKeyId)
                        || !Objects.equals(existing.subjectKeyId, incoming.subjectKeyId) || linked;
                if (changed) {
                    if (!existing.revoked() && incoming.revoked()) {
                        tally.change(ca.slug, "revoked", incoming.name + ": " + incoming.revocationStatus);
                    }
                    for (String status : RecordDifferences.storeStatusChanges(existing, incoming)) {
                        tally.change(ca.slug, "store-status", incoming.name + ": " + status);
                    }
                    List<String> other = RecordDifferences.otherChanges(existing, incoming);
                    if (moved) {
                        other = new ArrayList<>(other);
                        other.add(0, "owner " + existing.ca.name + " → " + ca.name);
                        tally.caChanged(existing.ca.slug);
                    }
                    if (!other.isEmpty()) {
                        tally.change(ca.slug, "certificate-changed", incoming.name + ": " + String.join("; ", other));
                    }
                    RecordDifferences.copy(incoming, existing);
                    existing.ca = ca;
                    if (stored != null) {
                        existing.certificate = stored;
                    }
                    tally.caChanged(ca.slug);
                }
                tally.seen("certificates", incoming.recordId, changed);
            }
            if (stored != null && stored.ca == null) {
                // One of the CA's own certificates now: its cross-signs are proposed like those of any certificate on file.
                stored.ca = ca;
                stored.caRole = incoming.root() ? CaCertificateRole.ROOT : CaCertificateRole.INTERMEDIATE;
            }
        }

        private void audits(CertificationAuthority ca, Map<String, Audit> audits) {
            Map<String, CcadbAudit> onFile = auditsByCa.computeIfAbsent(ca, k -> new HashMap<>());
            Map<String, Set<String>> kinds = kindsOf.getOrDefault(ca, Map.of());
            for (Audit audit : audits.values()) {
                String kindList = String.join(", ", kinds.get(audit.key()));
                CcadbAudit known = onFile.get(audit.key());
                AuditStatement statement = known == null ? null : AuditStatement.findById(known.auditId);
                if (known != null && statement != null) {
                    boolean changed = !covers(known.kinds, kinds.get(audit.key()));
                    if (changed) {
                        Set<String> merged = new LinkedHashSet<>(List.of(known.kinds.split(",\\s*")));
                        merged.addAll(kinds.get(audit.key()));
                        known.kinds = String.join(", ", merged);
                        statement.standard = standard(audit.type(), known.kinds);
                        tally.change(ca.slug, "audit-changed", describe(audit) + " now also for " + known.kinds);
                        tally.caChanged(ca.slug);
                    }
                    tally.seen("audits", ca.slug + "|" + audit.key(), changed);
                    continue;
                }
                statement = new AuditStatement();
                statement.ca = ca;
                statement.auditor = audit.auditor() == null ? "(auditor not stated)" : audit.auditor();
                statement.standard = standard(audit.type(), kindList);
                statement.url = audit.url();
                statement.statementDate = audit.statementDate();
                statement.periodStart = audit.periodStart();
                statement.periodEnd = audit.periodEnd();
                statement.persist();
                if (known == null) {
                    known = new CcadbAudit();
                    known.ca = ca;
                    known.auditKey = cut(audit.key(), 4096);
                    known.auditType = audit.type();
                    known.kinds = kindList;
                    known.persist();
                    onFile.put(audit.key(), known);
                }
                known.auditId = statement.id;
                tally.created("audits", ca.slug + "|" + audit.key());
                tally.caChanged(ca.slug);
                tally.change(ca.slug, "new-audit", describe(audit) + " (" + kindList + ")");
            }
        }
    }

    private static boolean covers(String kinds, Set<String> wanted) {
        return List.of(kinds.split(",\\s*")).containsAll(wanted);
    }

    private static String standard(String type, String kinds) {
        return cut((type == null ? "Audit" : type) + " (" + kinds + ")", 512);
    }

    private static String describe(Audit audit) {
        String period = audit.periodStart() == null && audit.periodEnd() == null ? ""
                : " for " + Objects.toString(audit.periodStart(), "?") + " – " + Objects.toString(audit.periodEnd(), "?");
        return (audit.type() == null ? "audit" : audit.type()) + " by " + Objects.toString(audit.auditor(), "(auditor not stated)") + period
                + (audit.statementDate() == null ? "" : ", statement " + audit.statementDate());
    }
}
