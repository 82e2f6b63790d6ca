package org.casebook.analysis.corpus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintMetadata;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.LintStatus;

@LintSpec(code = "e_backdated_across_deadline",
        description = "The earliest embedded SCT proves the certificate was signed after a rule took effect, while its "
                + "notBefore claims a date before that: run at the proven signing time, a date-gated lint fails. "
                + "Backdating past a deadline is issuing against the rule.",
        citation = "RFC 6962: 3.3; the cited rule of each date-gated lint (e.g. BRs: 7.1.3 for SHA-1 from 2016-01-01)",
        source = LintSource.CORPUS)
public class BackdatedAcrossDeadline extends CorpusCheck {

    @Override
    protected boolean applies(CertificateView certificate) {
        return !certificate.embeddedScts().isEmpty();
    }

    @Override
    protected LintResult check(CertificateView certificate, CorpusContext context) {
        Instant issuedAt = certificate.earliestSctTime();
        if (!issuedAt.isAfter(certificate.notBefore())) {
            return LintResult.PASS;
        }
        List<String> broken = new ArrayList<>();
        for (CertificateLint lint : context.lints().lints()) {
            LintMetadata rule = lint.metadata();
            if (rule.effectiveDate() == null || lint.run(certificate).status() != LintStatus.NE) {
                continue;
            }
            LintResult atIssuance = lint.run(certificate, issuedAt);
            if (atIssuance.status() == LintStatus.ERROR || atIssuance.status() == LintStatus.WARN) {
                broken.add(rule.code() + " (" + rule.citation() + ", in force from " + rule.effectiveDate() + ")"
                        + (atIssuance.detail() == null ? "" : ": " + atIssuance.detail()));
            }
        }
        if (broken.isEmpty()) {
            return LintResult.PASS;
        }
        return finding("notBefore " + certificate.notBefore() + " predates the rule, but the earliest embedded SCT, dated "
                + issuedAt + ", shows the certificate was signed after it; at that time it breaks "
                + String.join("; and ", broken));
    }
}
