package org.casebook.analysis.lints.br;

import org.casebook.analysis.BrProfile;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
@LintSpec(code = "e_ocsp_cert_eku_invalid",
        description = "An OCSP responder certificate's extended key usage must be id-kp-OCSPSigning alone.",
        citation = "BRs: 7.1.2.8.5 (Ballot SC-62)", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class OcspCertEkuInvalid extends BrProfileLint {

    public OcspCertEkuInvalid() {
        super(BrProfile.OCSP_RESPONDER);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return onlyPurpose(certificate, "id-kp-OCSPSigning");
    }
}
