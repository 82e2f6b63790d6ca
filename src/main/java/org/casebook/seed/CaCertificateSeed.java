package org.casebook.seed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.casebook.analysis.CertificateParseException;
import org.casebook.analysis.CertificateParser;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.PemBlocks;
import org.casebook.ca.CertificationAuthority;
import org.casebook.crosssign.CrossSign;
import org.casebook.evidence.CaCertificateRole;
import org.casebook.evidence.CertificateRecords;
import org.casebook.evidence.DistinguishedNames;
import org.casebook.evidence.StoredCertificate;

/**
 * Stores the real root, intermediate and cross-certificates of the seeded CAs (listed in
 * {@code real-certs/ca-certificates.tsv}) and links each cross-sign record to the one stored
 * cross-certificate that matches it. Runs inside the seed's transaction.
 */
final class CaCertificateSeed {

    static final String MANIFEST = "real-certs/ca-certificates.tsv";

    /** One manifest line: which file, whose certificate it is, and its part in that CA's hierarchy. */
    record Entry(String file, String caSlug, CaCertificateRole role) {
    }

    record Result(List<StoredCertificate> stored, int crossSignsLinked, List<String> crossSignsUnlinked) {
    }

    private CaCertificateSeed() {
    }

    static Result run(String storedBy) {
        List<StoredCertificate> stored = new ArrayList<>();
        for (Entry entry : manifest()) {
            CertificationAuthority ca = CertificationAuthority.findBySlug(entry.caSlug())
                    .orElseThrow(() -> new IllegalStateException(MANIFEST + ": no CA '" + entry.caSlug() + "' for " + entry.file()));
            CertificateView view = parse(entry.file());
            checkRole(entry, view);
            if (StoredCertificate.findBySha256(view.sha256Hex()).isPresent()) {
                continue;
            }
            StoredCertificate record = CertificateRecords.fromView(view, storedBy);
            record.ca = ca;
            record.caRole = entry.role();
            record.persist();
            stored.add(record);
        }
        int linked = 0;
        List<String> unlinked = new ArrayList<>();
        for (CrossSign crossSign : CrossSign.<CrossSign>list("certificate is null")) {
            List<StoredCertificate> matches = StoredCertificate.list(
                    "caRole = ?1 and subject = ?2 and issuer = ?3 and notAfter = ?4",
                    CaCertificateRole.CROSS_CERTIFICATE, crossSign.target, crossSign.source, crossSign.notAfter);
            if (matches.size() == 1) {
                crossSign.certificate = matches.get(0);
                crossSign.serialHex = matches.get(0).serialHex;
                linked++;
            } else {
                // Several cross-certificates with the same names and expiry: the case file does not say which one it means.
                unlinked.add(crossSign.target + " by " + crossSign.source + " (" + matches.size() + " matching certificates)");
            }
        }
        return new Result(stored, linked, unlinked);
    }

    static List<Entry> manifest() {
        List<Entry> entries = new ArrayList<>();
        String text = resource(MANIFEST);
        int lineNumber = 0;
        for (String line : text.split("\n")) {
            lineNumber++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] fields = trimmed.split("\\s+");
            if (fields.length != 3) {
                throw new IllegalStateException(MANIFEST + " line " + lineNumber + ": expected 'file ca role', got '" + trimmed + "'");
            }
            entries.add(new Entry(fields[0], fields[1], CaCertificateRole.valueOf(fields[2])));
        }
        return entries;
    }

    static CertificateView parse(String file) {
        List<PemBlocks.Block> blocks = PemBlocks.extract(resource("real-certs/" + file));
        if (blocks.size() != 1) {
            throw new IllegalStateException("real-certs/" + file + ": expected one PEM block, found " + blocks.size());
        }
        try {
            return CertificateParser.parseDer(blocks.get(0).der());
        } catch (CertificateParseException notStrictDer) {
            // Some real certificates of the case are misissued (e.g. a UTCTime without seconds): kept, and linted.
            try {
                return CertificateParser.parseLenient(blocks.get(0).der());
            } catch (CertificateParseException e) {
                throw new IllegalStateException("real-certs/" + file + ": " + e.getMessage(), e);
            }
        }
    }

    /** A mislabelled manifest line would put a certificate in the wrong place on the case page. */
    private static void checkRole(Entry entry, CertificateView view) {
        boolean selfIssued = view.isSelfIssued();
        boolean ok = switch (entry.role()) {
            case ROOT -> selfIssued && view.isCa();
            case INTERMEDIATE, CROSS_CERTIFICATE -> !selfIssued && view.isCa();
        };
        if (!ok) {
            throw new IllegalStateException(MANIFEST + ": " + entry.file() + " is not a " + entry.role() + " certificate ("
                    + DistinguishedNames.format(view.subject()) + " issued by " + DistinguishedNames.format(view.issuer()) + ")");
        }
    }

    static String resource(String path) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }
}
