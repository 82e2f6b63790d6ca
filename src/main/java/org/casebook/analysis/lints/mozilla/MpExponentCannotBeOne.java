package org.casebook.analysis.lints.mozilla;

import java.math.BigInteger;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_mp_exponent_cannot_be_one",
        description = "An RSA key's public exponent must not be 1.",
        citation = "Mozilla Root Store Policy 5.2", source = LintSource.MOZILLA, effective = LintDates.MOZILLA_POLICY_2_4)
public class MpExponentCannotBeOne extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.rsaPublicExponent() != null;
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return BigInteger.ONE.equals(certificate.rsaPublicExponent()) ? LintResult.error("the RSA public exponent is 1")
                : LintResult.PASS;
    }
}
