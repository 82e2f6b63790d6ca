package org.casebook.analysis.lints.mozilla;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_mp_modulus_must_be_2048_bits_or_more",
        description = "An RSA modulus must be at least 2048 bits long.",
        citation = "Mozilla Root Store Policy 5.1", source = LintSource.MOZILLA, effective = LintDates.MOZILLA_POLICY_2_4)
public class MpModulusMustBe2048BitsOrMore extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.rsaModulus() != null;
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        int bits = certificate.rsaModulus().bitLength();
        return bits < 2048 ? LintResult.error("the RSA modulus is " + bits + " bits") : LintResult.PASS;
    }
}
