package org.casebook.analysis.lints.mozilla;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_mp_modulus_must_be_divisible_by_8",
        description = "An RSA modulus length in bits must be a multiple of 8.",
        citation = "Mozilla Root Store Policy 5.1", source = LintSource.MOZILLA, effective = LintDates.MOZILLA_POLICY_2_4)
public class MpModulusMustBeDivisibleBy8 extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.rsaModulus() != null;
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        int bits = certificate.rsaModulus().bitLength();
        return bits % 8 != 0 ? LintResult.error("the RSA modulus is " + bits + " bits, not a multiple of 8") : LintResult.PASS;
    }
}
