package org.casebook.analysis.lints.br;

import java.math.BigInteger;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.DsaKey;

@LintSpec(code = "e_dsa_unique_correct_representation",
        description = "A DSA public value y must lie between 2 and p-2.",
        citation = "BRs: 6.1.6 (v1.7.0)", source = LintSource.CABF_BR, effective = LintDates.BR_1_0_EFFECTIVE, ineffective = LintDates.BR_1_7_1)
public class DsaUniqueCorrectRepresentation extends CertificateLint {

    private static final BigInteger TWO = BigInteger.valueOf(2);

    @Override
    protected boolean applies(CertificateView certificate) {
        return DsaKey.isDsa(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        DsaKey key = DsaKey.of(certificate);
        if (key == null || !key.hasParameters()) {
            return LintResult.NOT_APPLICABLE;
        }
        boolean inRange = key.y().compareTo(TWO) >= 0 && key.y().compareTo(key.p().subtract(TWO)) <= 0;
        return inRange ? LintResult.PASS : LintResult.error("the DSA public value is outside [2, p-2]");
    }
}
