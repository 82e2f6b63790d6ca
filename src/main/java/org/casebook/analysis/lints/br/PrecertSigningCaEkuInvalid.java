package org.casebook.analysis.lints.br;

import org.casebook.analysis.BrProfile;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
@LintSpec(code = "e_precert_signing_ca_eku_invalid",
        description = "A precertificate signing CA's extended key usage must be the precertificate signing usage alone.",
        citation = "BRs: 7.1.2.4.2 (Ballot SC-62)", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class PrecertSigningCaEkuInvalid extends BrProfileLint {

    public PrecertSigningCaEkuInvalid() {
        super(BrProfile.PRECERTIFICATE_SIGNING_CA);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return onlyPurpose(certificate, "precertificate signing");
    }
}
