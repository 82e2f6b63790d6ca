package org.casebook.analysis.lints.ev;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.GoCalendar;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "e_onion_subject_validity_time_too_large",
        description = "A subscriber certificate naming a .onion host must not be valid for more than 15 months.",
        citation = "EVGs: Appendix F", source = LintSource.CABF_EV, effective = LintDates.EV_ONION_ONLY)
public class OnionSubjectValidityTimeTooLarge extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return TlsCertificateFacts.anyOnionName(certificate) && TlsCertificateFacts.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        boolean tooLong = GoCalendar.plusMonths(certificate.notBefore(), 15).isBefore(certificate.notAfter());
        return LintResult.failIf(tooLong, metadata().severity(), "valid for more than 15 months with a .onion name");
    }
}
