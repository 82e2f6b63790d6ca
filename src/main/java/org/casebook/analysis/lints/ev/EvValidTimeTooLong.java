package org.casebook.analysis.lints.ev;

import java.time.Instant;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.Validity;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "e_ev_valid_time_too_long",
        description = "An EV subscriber certificate issued before the 825-day limit took over (1 March 2018) may be valid for at most 27 months.",
        citation = "EVGs 1.0: 8(a), EVGs 1.6.1: 9.4", source = LintSource.CABF_EV)
public class EvValidTimeTooLong extends CertificateLint {

    // From this date the Baseline Requirements' 825-day cap, looser than 27 months, governs EV certificates too.
    private static final Instant BR_825_DAY_LIMIT = Instant.parse("2018-03-01T00:00:00Z");

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.notBefore().isBefore(BR_825_DAY_LIMIT)
                && TlsCertificateFacts.isSubscriber(certificate)
                && TlsCertificateFacts.isEv(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        if (Validity.addDate(certificate.notBefore(), 27, 0).isBefore(certificate.notAfter())) {
            return LintResult.error("EV certificate valid for " + Validity.days(certificate) + " days, more than 27 months");
        }
        return LintResult.PASS;
    }
}
