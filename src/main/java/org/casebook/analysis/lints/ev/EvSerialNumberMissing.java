package org.casebook.analysis.lints.ev;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "e_ev_serial_number_missing",
        description = "An EV subscriber certificate must give the subject's registration number as serialNumber.",
        citation = "EVGs: 9.2.6", source = LintSource.CABF_EV)
public class EvSerialNumberMissing extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return TlsCertificateFacts.isEv(certificate) && TlsCertificateFacts.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(TlsCertificateFacts.subjectValues(certificate, TlsCertificateFacts.SERIAL_NUMBER).isEmpty(), metadata().severity(), "no serialNumber in the subject");
    }
}
