package org.casebook.analysis.lints.microsoft;

import org.casebook.analysis.BrProfile;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.Validity;

/**
 * Ten years "from the date of submission", which comes after the root is made: a root valid for more than ten years
 * from its own notBefore is certainly over the limit. The BRs allow up to 25 years (7.1.2.1.1).
 */
@LintSpec(code = "e_microsoft_root_ca_validity_too_long",
        description = "A root CA certificate made from 2026-07-01 must be valid for at most 10 years.",
        citation = "Microsoft Trusted Root Program Requirements 1.2, 3.1.8", source = LintSource.MICROSOFT, effective = LintDates.MICROSOFT_ROOT_10_YEARS)
public class MicrosoftRootCaValidityTooLong extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return BrProfile.of(certificate) == BrProfile.ROOT_CA;
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(certificate.notAfter().isAfter(Validity.addDate(certificate.notBefore(), 120, 0)), metadata().severity(),
                "valid until " + certificate.notAfter() + ", more than 10 years after its notBefore");
    }
}
