package org.casebook.evidence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateParseException;
import org.casebook.analysis.CertificateParser;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.SignedCertificateTimestamp;
import org.casebook.analysis.Signatures;

/** What the certificate page shows beyond the stored columns: extensions, SCT gaps, the issuer on file. */
public final class CertificateDetails {

    private static final Map<String, String> EXTENSION_NAMES = Map.ofEntries(
            Map.entry("2.5.29.14", "Subject key identifier"),
            Map.entry("2.5.29.15", "Key usage"),
            Map.entry("2.5.29.17", "Subject alternative name"),
            Map.entry("2.5.29.18", "Issuer alternative name"),
            Map.entry("2.5.29.19", "Basic constraints"),
            Map.entry("2.5.29.30", "Name constraints"),
            Map.entry("2.5.29.31", "CRL distribution points"),
            Map.entry("2.5.29.32", "Certificate policies"),
            Map.entry("2.5.29.33", "Policy mappings"),
            Map.entry("2.5.29.35", "Authority key identifier"),
            Map.entry("2.5.29.36", "Policy constraints"),
            Map.entry("2.5.29.37", "Extended key usage"),
            Map.entry("2.5.29.54", "Inhibit anyPolicy"),
            Map.entry("1.3.6.1.5.5.7.1.1", "Authority information access"),
            Map.entry("1.3.6.1.5.5.7.1.11", "Subject information access"),
            Map.entry("1.3.6.1.5.5.7.1.3", "Qualified certificate statements"),
            Map.entry("1.3.6.1.4.1.11129.2.4.2", "Embedded SCT list (RFC 6962)"),
            Map.entry("1.3.6.1.4.1.11129.2.4.3", "CT precertificate poison (RFC 6962)"),
            Map.entry("2.16.840.1.113730.1.1", "Netscape certificate type"),
            Map.entry("2.16.840.1.113730.1.13", "Netscape comment"));

    /** One extension as listed on the page. */
    public record ExtensionRow(String oid, String name, boolean critical, int length) {
    }

    /** One embedded SCT with how long after notBefore it was issued. */
    public record SctRow(String logId, Instant timestamp, String gapToNotBefore, boolean beyondTwoDays) {
    }

    private CertificateDetails() {
    }

    public static CertificateView view(StoredCertificate certificate) {
        try {
            return CertificateParser.parseDer(certificate.der);
        } catch (CertificateParseException strictFailure) {
            try {
                return CertificateParser.parseLenient(certificate.der);
            } catch (CertificateParseException e) {
                throw new IllegalStateException("stored certificate " + certificate.sha256 + " no longer parses", e);
            }
        }
    }

    public static List<ExtensionRow> extensions(CertificateView view) {
        List<ExtensionRow> rows = new ArrayList<>();
        if (view.extensions() == null) {
            return rows;
        }
        for (ASN1ObjectIdentifier oid : view.extensionOids()) {
            Extension extension = view.extension(oid);
            rows.add(new ExtensionRow(oid.getId(), EXTENSION_NAMES.getOrDefault(oid.getId(), "Unknown extension"),
                    extension != null && extension.isCritical(), extension == null ? 0 : extension.getExtnValue().getOctets().length));
        }
        return rows;
    }

    public static List<SctRow> scts(CertificateView view) {
        List<SctRow> rows = new ArrayList<>();
        for (SignedCertificateTimestamp sct : view.embeddedScts()) {
            Duration gap = Duration.between(view.notBefore(), sct.timestamp());
            rows.add(new SctRow(sct.logIdBase64(), sct.timestamp(), describe(gap), gap.compareTo(Duration.ofHours(48)) > 0));
        }
        return rows;
    }

    /** The stored certificate that issued this one and whose key verifies its signature, if any. */
    public static StoredCertificate verifiedIssuer(StoredCertificate certificate, CertificateView view) {
        List<StoredCertificate> candidates = StoredCertificate.list("subjectNameHash = ?1", certificate.issuerNameHash);
        for (StoredCertificate candidate : candidates) {
            if (candidate.id.equals(certificate.id) && !view.isSelfIssued()) {
                continue;
            }
            CertificateView issuerView = view(candidate);
            if (Signatures.verifies(view, issuerView.publicKeyInfo())) {
                return candidate;
            }
        }
        return null;
    }

    public static long validityDays(StoredCertificate certificate) {
        return Duration.between(certificate.notBefore, certificate.notAfter).toDays();
    }

    public static String hex(byte[] bytes) {
        return bytes == null ? null : HexFormat.ofDelimiter(":").withUpperCase().formatHex(bytes);
    }

    static String describe(Duration gap) {
        boolean negative = gap.isNegative();
        Duration abs = gap.abs();
        long days = abs.toDays();
        long hours = abs.toHoursPart();
        long minutes = abs.toMinutesPart();
        String text = days > 0 ? days + " d " + hours + " h" : hours > 0 ? hours + " h " + minutes + " min" : minutes + " min " + abs.toSecondsPart() + " s";
        return negative ? text + " before notBefore" : text + " after notBefore";
    }
}
