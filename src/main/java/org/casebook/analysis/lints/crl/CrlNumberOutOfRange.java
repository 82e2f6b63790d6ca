package org.casebook.analysis.lints.crl;

import java.math.BigInteger;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.revocation.CrlLint;
import org.casebook.analysis.revocation.CrlView;

@LintSpec(code = "e_crl_number_out_of_range", description = "A CRL has a cRLNumber, and it is at least 0 and below 2^159",
        citation = "BRs: 7.2.2", source = LintSource.CABF_BR)
public class CrlNumberOutOfRange extends CrlLint {

    private static final BigInteger LIMIT = BigInteger.ONE.shiftLeft(159);

    @Override
    protected LintResult check(CrlView crl) {
        if (crl.crlNumber().isEmpty()) {
            return LintResult.error("the CRL has no cRLNumber");
        }
        BigInteger number = crl.crlNumber().get();
        if (number.signum() < 0) {
            return LintResult.error("the cRLNumber is negative: " + number);
        }
        return LintResult.failIf(number.compareTo(LIMIT) >= 0, metadata().severity(), "the cRLNumber is 2^159 or more: " + number);
    }
}
