package org.casebook.analysis.lints.br;

import java.math.BigInteger;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.DsaKey;

@LintSpec(code = "e_dsa_correct_order_in_subgroup",
        description = "A DSA public value y must have order q: y^q mod p must equal 1.",
        citation = "BRs: 6.1.6 (v1.7.0)", source = LintSource.CABF_BR, effective = LintDates.BR_1_0_EFFECTIVE, ineffective = LintDates.BR_1_7_1)
public class DsaCorrectOrderInSubgroup extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        DsaKey key = DsaKey.of(certificate);
        return key != null && key.hasParameters();
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        DsaKey key = DsaKey.of(certificate);
        return key.y().modPow(key.q(), key.p()).equals(BigInteger.ONE) ? LintResult.PASS
                : LintResult.error("the DSA public value is not in the order-q subgroup");
    }
}
