package org.casebook.analysis.corpus;

import java.time.Duration;
import java.time.Instant;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.SignedCertificateTimestamp;

@LintSpec(code = "w_backdated_by_sct",
        description = "An SCT embedded in the certificate is dated more than 48 hours after its notBefore. The SCTs existed "
                + "before the certificate that carries them was signed, so its notBefore is more than 48 hours older than "
                + "its signing: the certificate was backdated.",
        citation = "RFC 6962: 3.3; BRs: 7.1.2.7 (notBefore within 48 hours of signing)", source = LintSource.CORPUS)
public class BackdatedBySct extends CorpusCheck {

    /** The bound the BRs set since ballot SC62 (2023); applied to older certificates as evidence. */
    static final Duration LIMIT = Duration.ofHours(48);

    @Override
    protected boolean applies(CertificateView certificate) {
        return !certificate.embeddedScts().isEmpty();
    }

    @Override
    protected LintResult check(CertificateView certificate, CorpusContext context) {
        Instant bound = certificate.notBefore().plus(LIMIT);
        SignedCertificateTimestamp firstLate = null;
        int late = 0;
        for (SignedCertificateTimestamp sct : certificate.embeddedScts()) {
            if (sct.timestamp().isAfter(bound)) {
                late++;
                if (firstLate == null || sct.timestamp().isBefore(firstLate.timestamp())) {
                    firstLate = sct;
                }
            }
        }
        if (firstLate == null) {
            return LintResult.PASS;
        }
        int total = certificate.embeddedScts().size();
        return finding(late + " of " + total + " embedded SCTs postdate notBefore " + certificate.notBefore()
                + " by more than 48 hours; the earliest of them, from log " + firstLate.logIdBase64() + ", is dated "
                + firstLate.timestamp() + ", " + Durations.describe(Duration.between(certificate.notBefore(), firstLate.timestamp()))
                + " later, so the certificate was signed after that");
    }
}
