package org.casebook.report.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.casebook.chart.Chart;
import org.casebook.report.CorpusReport;
import org.casebook.report.Selection;

/** The JSON shape of a corpus report: every row with the URL of the page listing its certificates. */
public record CorpusReportJson(String state, String ca, long certificates, Instant computedAt, long computedInMillis, String zone,
        List<FindingJson> findings, List<IssuerJson> issuers, List<DuplicateJson> duplicateSerials, List<BackdatedJson> backdated,
        List<TemplateJson> templates, List<ChartJson> charts) {

    public record FindingJson(String code, String severity, long certificates, String certificatesUrl) {
    }

    public record IssuerJson(String issuer, long certificates, int widestSerialBits, boolean serialGenerator63Bits, String serialVerdict,
            String certificatesUrl) {
    }

    public record DuplicateJson(String issuer, String serialHex, List<String> sha256) {
    }

    public record BackdatedJson(String sha256, Instant notBefore, Instant notAfter, Instant sctTime, long gapSeconds) {
    }

    public record TemplateJson(String issuer, Instant notAfter, long certificates, Instant firstNotBefore, Instant lastNotBefore,
            Map<String, Long> weekdays, String certificatesUrl) {
    }

    public record ChartJson(String name, String title, String description, String url, List<String> headings, List<List<String>> rows) {
    }

    static CorpusReportJson of(CorpusReport report) {
        String base = CorpusReportPages.url(report.caSlug());
        List<String> days = List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
        return new CorpusReportJson("done", report.caSlug(), report.certificates(), report.computedAt(), report.computedIn().toMillis(), report.zone(),
                report.findings().stream().map(f -> new FindingJson(f.code(), f.severity(), f.certificates(),
                        CorpusReportPages.selectionUrl(report.caSlug(), Selection.finding(f.code())))).toList(),
                report.issuers().stream().map(i -> new IssuerJson(i.issuer(), i.certificates(), i.widestSerialBits(), i.serialGenerator63Bits(),
                        i.serialVerdict(), CorpusReportPages.selectionUrl(report.caSlug(), i.selection()))).toList(),
                report.duplicateSerials().stream().map(d -> new DuplicateJson(d.issuer(), d.serialHex(), d.sha256s())).toList(),
                report.backdated().stream().map(b -> new BackdatedJson(b.sha256(), b.notBefore(), b.notAfter(), b.sctTime(), b.gap().getSeconds())).toList(),
                report.templates().stream().map(t -> {
                    Map<String, Long> spread = new java.util.LinkedHashMap<>();
                    for (int d = 0; d < 7; d++) {
                        spread.put(days.get(d), t.weekdays().get(d));
                    }
                    return new TemplateJson(t.issuer(), t.notAfter(), t.certificates(), t.firstNotBefore(), t.lastNotBefore(), spread,
                            CorpusReportPages.selectionUrl(report.caSlug(), t.selection()));
                }).toList(),
                report.charts().stream().map(c -> chart(c, base)).toList());
    }

    private static ChartJson chart(Chart chart, String base) {
        return new ChartJson(chart.name(), chart.title(), chart.description(), base + "/charts/" + chart.fileName(), chart.table().headings(),
                chart.table().rows());
    }
}
