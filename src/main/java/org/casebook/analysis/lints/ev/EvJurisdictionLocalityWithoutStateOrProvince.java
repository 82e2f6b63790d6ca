package org.casebook.analysis.lints.ev;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "e_ev_jurisdiction_locality_without_state_or_province",
        description = "An EV certificate that names a locality of incorporation must also name its state or province.",
        citation = "EVGs: 7.1.4.2.4 (9.2.4 before Ballot SC-65); BRs 7.1.2.7.5", source = LintSource.CABF_EV)
public class EvJurisdictionLocalityWithoutStateOrProvince extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return TlsCertificateFacts.isEv(certificate) && TlsCertificateFacts.subjectHas(certificate, TlsCertificateFacts.JURISDICTION_LOCALITY);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(!TlsCertificateFacts.subjectHas(certificate, TlsCertificateFacts.JURISDICTION_PROVINCE),
                metadata().severity(), "jurisdictionLocalityName without jurisdictionStateOrProvinceName");
    }
}
