package org.casebook.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.casebook.chart.Chart;
import org.casebook.chart.FindingCountsChart.CodeCount;

/**
 * The shape of a CA's corpus: every stored certificate that chains to the CA's own roots and intermediates,
 * counted by finding code and by issuing intermediate, with the duplicate-serial groups, the certificates that
 * embedded SCTs prove backdated, the fixed-notAfter templates, each issuer's serial generator verdict, and the
 * charts. {@code selections} holds the SHA-256s behind each row, by {@link Selection} key, for the pages that
 * list them and the form that files them as evidence.
 */
public record CorpusReport(String caSlug, String caName, String zone, long certificates, Instant computedAt, Duration computedIn,
        List<CodeCount> findings, List<IssuerRow> issuers, List<DuplicateSerialGroup> duplicateSerials, List<BackdatedRow> backdated,
        List<TemplateRow> templates, List<Chart> charts, Map<String, List<String>> selections) {

    /** Certificates from one issuer name (an intermediate or root of the CA, or another issuer so named). */
    public record IssuerRow(String issuer, String issuerNameHash, long certificates, int widestSerialBits, String serialVerdict,
            boolean serialGenerator63Bits) {

        public String selection() {
            return Selection.issuer(issuerNameHash);
        }
    }

    /** Certificates from one issuer that share a serial (other than a precertificate and its certificate). */
    public record DuplicateSerialGroup(String issuer, String serialHex, List<String> sha256s) {
    }

    /** A certificate an embedded SCT proves backdated: the SCT postdates notBefore by {@code gap}. */
    public record BackdatedRow(String sha256, Instant notBefore, Instant notAfter, Instant sctTime, Duration gap) {

        public String gapText() {
            long hours = gap.toHours();
            return hours >= 72 ? (hours / 24) + " days " + (hours % 24) + " h" : hours + " h " + gap.toMinutesPart() + " min";
        }
    }

    /** One fixed notAfter shared by certificates of one issuer with notBefore on many days; weekdays Monday first. */
    public record TemplateRow(String issuer, String issuerNameHash, Instant notAfter, long certificates, Instant firstNotBefore,
            Instant lastNotBefore, List<Long> weekdays) {

        public String selection() {
            return Selection.template(issuerNameHash, notAfter);
        }
    }

    public List<String> selection(String key) {
        return selections.getOrDefault(key, List.of());
    }

    public long countOf(String code) {
        return findings.stream().filter(f -> f.code().equals(code)).mapToLong(CodeCount::certificates).sum();
    }

    public Chart chart(String name) {
        return charts.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }
}
