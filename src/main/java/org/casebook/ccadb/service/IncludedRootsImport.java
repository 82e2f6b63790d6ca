package org.casebook.ccadb.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.casebook.analysis.CertificateView;
import org.casebook.ca.CertificationAuthority;
import org.casebook.ccadb.CcadbCertificate;
import org.casebook.ccadb.CcadbCsv;
import org.casebook.ccadb.CcadbCsv.BadField;
import org.casebook.ccadb.CcadbCsv.Row;
import org.casebook.evidence.CaCertificateRole;
import org.casebook.evidence.StoredCertificate;
import org.casebook.evidence.StoredFinding;
import org.casebook.evidence.UploadParser;
import org.casebook.evidence.service.CertificateLints;
import org.casebook.evidence.service.CertificateService;

/**
 * Reads the CCADB's "Mozilla Included Roots" report: each root's PEM is stored and analysed as an uploaded certificate
 * is (the same lints and corpus checks, through {@link CertificateService}), filed as a root of its owner's CA, and its
 * CCADB record (matched by SHA-256) gets the trust bits and Mozilla's distrust-after dates. One transaction, like the
 * All Certificate Records import: a header error changes nothing, a broken row is listed and the others imported.
 */
@ApplicationScoped
public class IncludedRootsImport {

    public static final List<String> REQUIRED_COLUMNS = List.of("Owner", "Common Name or Certificate Name", "SHA-256 Fingerprint", "PEM Info");

    @Inject
    CertificateLints lints;

    @Inject
    CertificateService certificates;

    private record Parsed(Row row, String owner, CertificateView view, CcadbCertificate incoming, String country) {
    }

    @Transactional
    public ImportSummary importReport(InputStream body, String user) {
        CcadbCsv report = CcadbImports.read(body, REQUIRED_COLUMNS, "Mozilla Included Roots");
        ImportSummary.Tally tally = new ImportSummary.Tally();
        UploadParser parser = new UploadParser(1);
        List<Parsed> parsed = new ArrayList<>();
        for (Row row : report.rows()) {
            try {
                parsed.add(parse(row, parser));
            } catch (BadField bad) {
                tally.reject(row.number(), bad.getMessage());
            }
        }
        List<CertificateView> views = parsed.stream().map(Parsed::view).toList();
        List<List<StoredFinding>> findings = lints.findingsOfEach(views);
        CcadbOwners owners = new CcadbOwners();
        Map<String, CertificationAuthority> caBySha256 = new HashMap<>();
        for (Parsed row : parsed) {
            CertificationAuthority ca = owners.ca(row.owner());
            caBySha256.put(row.view().sha256Hex(), ca);
            tally.ca(ca, owners.createdNow(ca));
        }
        List<CertificateService.Filed> filed = certificates.storeInCurrentTransaction(views, findings, user, certificate -> {
            certificate.ca = caBySha256.get(certificate.sha256);
            certificate.caRole = CaCertificateRole.ROOT;
        });
        for (int i = 0; i < parsed.size(); i++) {
            Parsed row = parsed.get(i);
            CertificationAuthority ca = caBySha256.get(row.view().sha256Hex());
            StoredCertificate stored = filed.get(i).certificate();
            if (stored.ca == null) {
                stored.ca = ca;
                stored.caRole = CaCertificateRole.ROOT;
            }
            record(ca, row.incoming(), stored, tally);
        }
        return tally.summary();
    }

    private static Parsed parse(Row row, UploadParser parser) {
        String owner = row.get("Owner");
        if (owner == null) {
            throw new BadField("\"Owner\" is empty");
        }
        String sha256 = row.sha256("SHA-256 Fingerprint");
        String pem = row.get("PEM Info");
        if (pem == null) {
            throw new BadField("\"PEM Info\" is empty");
        }
        // The report wraps each PEM in single quotes; the parser finds the block inside whatever surrounds it.
        var items = parser.parse(new UploadParser.Part("PEM Info", pem.getBytes(StandardCharsets.UTF_8))).items();
        if (items.isEmpty() || !items.get(0).accepted()) {
            throw new BadField("\"PEM Info\": " + (items.isEmpty() ? "no certificate in it" : items.get(0).reason()));
        }
        CertificateView view = items.get(0).certificate();
        if (sha256 != null && !sha256.equals(view.sha256Hex())) {
            throw new BadField("\"PEM Info\" holds the certificate " + view.sha256Hex().toUpperCase(java.util.Locale.ROOT)
                    + ", not the \"SHA-256 Fingerprint\" of the row");
        }
        CcadbCertificate c = new CcadbCertificate();
        c.name = AllCertificateRecordsImport.cut(row.get("Common Name or Certificate Name"), 1024);
        c.recordType = CcadbCertificate.ROOT;
        c.sha256 = view.sha256Hex();
        c.mozillaStatus = "Included";
        c.trustBits = AllCertificateRecordsImport.cut(row.get("Trust Bits"), 512);
        c.validFrom = row.date("Valid From [GMT]");
        c.validTo = row.date("Valid To [GMT]");
        c.distrustTlsAfter = row.date("Distrust for TLS After Date");
        c.distrustSmimeAfter = row.date("Distrust for S/MIME After Date");
        c.cpUrl = AllCertificateRecordsImport.cut(row.get("Certificate Policy (CP)"), 2048);
        c.cpsUrl = AllCertificateRecordsImport.cut(row.get("Certification Practice Statement (CPS)"), 2048);
        return new Parsed(row, owner, view, c, row.get("Geographic Focus"));
    }

    /** The root's CCADB record: created when the All Certificate Records report has not brought it, else given the distrust dates. */
    private static void record(CertificationAuthority ca, CcadbCertificate incoming, StoredCertificate stored, ImportSummary.Tally tally) {
        CcadbCertificate existing = CcadbCertificate.<CcadbCertificate>find("sha256 = ?1 order by id", incoming.sha256).firstResult();
        if (existing == null) {
            incoming.ca = ca;
            incoming.certificate = stored;
            incoming.persist();
            tally.created("certificates", incoming.sha256);
            tally.caChanged(ca.slug);
            tally.change(ca.slug, "new-root", incoming.name + (incoming.distrustTlsAfter == null ? "" : ", TLS distrusted after " + incoming.distrustTlsAfter));
            return;
        }
        List<String> changes = new ArrayList<>();
        if (!Objects.equals(existing.distrustTlsAfter, incoming.distrustTlsAfter)) {
            changes.add("TLS distrust after " + Objects.toString(existing.distrustTlsAfter, "(none)") + " → " + Objects.toString(incoming.distrustTlsAfter, "(none)"));
            existing.distrustTlsAfter = incoming.distrustTlsAfter;
        }
        if (!Objects.equals(existing.distrustSmimeAfter, incoming.distrustSmimeAfter)) {
            changes.add("S/MIME distrust after " + Objects.toString(existing.distrustSmimeAfter, "(none)") + " → "
                    + Objects.toString(incoming.distrustSmimeAfter, "(none)"));
            existing.distrustSmimeAfter = incoming.distrustSmimeAfter;
        }
        if (existing.trustBits == null && incoming.trustBits != null) {
            changes.add("trust bits " + incoming.trustBits);
            existing.trustBits = incoming.trustBits;
        }
        if (existing.certificate == null) {
            existing.certificate = stored;
            changes.add("certificate on file");
        }
        if (!changes.isEmpty()) {
            tally.change(existing.ca.slug, "distrust", existing.name + ": " + String.join("; ", changes));
            tally.caChanged(existing.ca.slug);
        }
        tally.seen("certificates", incoming.sha256, !changes.isEmpty());
    }
}
