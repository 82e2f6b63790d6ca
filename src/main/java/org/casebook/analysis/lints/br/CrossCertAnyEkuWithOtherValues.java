package org.casebook.analysis.lints.br;

import org.casebook.analysis.BrProfile;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
@LintSpec(code = "e_cross_cert_any_eku_with_other_values",
        description = "A cross-certified subordinate CA without EKU restrictions must list anyExtendedKeyUsage alone.",
        citation = "BRs: 7.1.2.2.4 (Ballot SC-62)", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class CrossCertAnyEkuWithOtherValues extends BrProfileLint {

    public CrossCertAnyEkuWithOtherValues() {
        super(BrProfile.CROSS_CERTIFIED_SUBORDINATE_CA);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return onlyPurpose(certificate, "anyExtendedKeyUsage");
    }
}
