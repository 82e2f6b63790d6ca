package org.casebook.analysis.lints.ev;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "e_ev_country_name_missing",
        description = "An EV subscriber certificate must give the subject's countryName.",
        citation = "EVGs: 9.2.4", source = LintSource.CABF_EV)
public class EvCountryNameMissing extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return TlsCertificateFacts.isEv(certificate) && TlsCertificateFacts.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(!TlsCertificateFacts.subjectHas(certificate, TlsCertificateFacts.COUNTRY), metadata().severity(), "no countryName in the subject");
    }
}
