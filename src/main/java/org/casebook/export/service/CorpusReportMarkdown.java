package org.casebook.export.service;

import static org.casebook.export.MarkdownText.cell;
import static org.casebook.export.MarkdownText.inline;

import jakarta.enterprise.context.ApplicationScoped;
import org.casebook.report.CorpusReport;

/** The corpus report of a CA as GitHub-flavoured Markdown, charts linked by URL and given as tables. */
@ApplicationScoped
public class CorpusReportMarkdown {

    public String report(CorpusReport report) {
        String base = "/cas/" + report.caSlug() + "/corpus";
        StringBuilder md = new StringBuilder();
        md.append("# Corpus report: ").append(inline(report.caName())).append("\n\n");
        md.append(report.certificates()).append(" certificates that chain to the CA's roots and intermediates; computed ")
                .append(report.computedAt()).append(" in ").append(report.computedIn().toMillis()).append(" ms; times read in ")
                .append(inline(report.zone())).append(".\n\n");
        md.append("## Findings\n\n| Finding | Severity | Certificates |\n|---|---|---|\n");
        report.findings().forEach(f -> md.append("| ").append(cell(f.code())).append(" | ").append(cell(f.severity())).append(" | ")
                .append(f.certificates()).append(" |\n"));
        md.append("\n## By issuing intermediate\n\n| Issuer | Certificates | Widest serial (bits) | Serial generator |\n|---|---|---|---|\n");
        report.issuers().forEach(i -> md.append("| ").append(cell(i.issuer())).append(" | ").append(i.certificates()).append(" | ")
                .append(i.widestSerialBits()).append(" | ").append(cell(i.serialVerdict())).append(" |\n"));
        md.append("\n## Duplicate serial numbers\n\n");
        if (report.duplicateSerials().isEmpty()) {
            md.append("None.\n");
        } else {
            md.append("| Issuer | Serial | Certificates |\n|---|---|---|\n");
            report.duplicateSerials().forEach(d -> md.append("| ").append(cell(d.issuer())).append(" | ").append(cell(d.serialHex())).append(" | ")
                    .append(String.join(", ", d.sha256s())).append(" |\n"));
        }
        md.append("\n## Provably backdated\n\n");
        if (report.backdated().isEmpty()) {
            md.append("None.\n");
        } else {
            md.append("| Certificate | notBefore | notAfter | SCT time | Gap |\n|---|---|---|---|---|\n");
            report.backdated().forEach(b -> md.append("| ").append(b.sha256()).append(" | ").append(b.notBefore()).append(" | ").append(b.notAfter())
                    .append(" | ").append(b.sctTime()).append(" | ").append(cell(b.gapText())).append(" |\n"));
        }
        md.append("\n## Fixed-notAfter templates\n\n");
        if (report.templates().isEmpty()) {
            md.append("None.\n");
        } else {
            md.append("| Issuer | notAfter | Certificates | notBefore from | to | Mon | Tue | Wed | Thu | Fri | Sat | Sun |\n");
            md.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
            report.templates().forEach(t -> {
                md.append("| ").append(cell(t.issuer())).append(" | ").append(t.notAfter()).append(" | ").append(t.certificates()).append(" | ")
                        .append(t.firstNotBefore()).append(" | ").append(t.lastNotBefore()).append(" |");
                t.weekdays().forEach(n -> md.append(' ').append(n).append(" |"));
                md.append('\n');
            });
        }
        md.append("\n## Charts\n\n");
        ChartMarkdown.append(md, report.charts(), base, "###");
        return md.toString();
    }
}
