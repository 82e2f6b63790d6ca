package org.casebook.analysis.lints.br;

import java.time.Duration;
import org.casebook.analysis.SignedCertificateTimestamp;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_excessively backdated",
        description = "notBefore must lie within 48 hours of signing; an embedded SCT more than 48 hours after notBefore proves otherwise.",
        citation = "BRs: 7.1.2.7", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class ExcessivelyBackdated extends CertificateLint {

    private static final Duration LIMIT = Duration.ofHours(48);

    @Override
    protected boolean applies(CertificateView certificate) {
        return !certificate.embeddedScts().isEmpty();
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        for (SignedCertificateTimestamp sct : certificate.embeddedScts()) {
            Duration gap = Duration.between(certificate.notBefore(), sct.timestamp());
            if (gap.compareTo(LIMIT) > 0) {
                return LintResult.error("an SCT dated " + sct.timestamp() + " is " + gap.toHours() + " hours after notBefore");
            }
        }
        return LintResult.PASS;
    }
}
