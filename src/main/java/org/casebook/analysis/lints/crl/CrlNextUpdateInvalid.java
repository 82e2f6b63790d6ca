package org.casebook.analysis.lints.crl;

import java.time.Duration;
import java.time.Instant;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.revocation.CrlLint;
import org.casebook.analysis.revocation.CrlView;

@LintSpec(code = "e_crl_next_update_invalid", description = "A CRL covering subscriber certificates has its nextUpdate at most 10 days after its thisUpdate",
        citation = "BRs: 4.9.7 (v1.8.7), 7.2 (v2.0.0)", source = LintSource.CABF_BR, effective = LintDates.BR_1_8_7)
public class CrlNextUpdateInvalid extends CrlLint {

    // zlint lints every CRL as one of subscriber certificates unless configured otherwise (a CA CRL may run 12 months)
    private static final Duration SUBSCRIBER_CRL_VALIDITY = Duration.ofDays(10);

    @Override
    protected boolean applies(CrlView crl) {
        return crl.nextUpdate().isPresent();
    }

    @Override
    protected LintResult check(CrlView crl) {
        Instant nextUpdate = crl.nextUpdate().orElseThrow();
        return LintResult.failIf(nextUpdate.isAfter(crl.thisUpdate().plus(SUBSCRIBER_CRL_VALIDITY)), metadata().severity(),
                "nextUpdate " + nextUpdate + " is more than 10 days after thisUpdate " + crl.thisUpdate());
    }
}
