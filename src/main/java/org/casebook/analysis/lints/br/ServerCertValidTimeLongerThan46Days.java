package org.casebook.analysis.lints.br;

import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.ServerCertValidityLimit;

@LintSpec(code = "w_server_cert_valid_time_longer_than_46_days",
        description = "A TLS subscriber certificate issued from 15 March 2029 on should be valid for at most 46 days (ballot SC-081).",
        citation = "BRs: 6.3.2 (ballot SC-081, https://github.com/cabforum/servercert/pull/553)", source = LintSource.CABF_BR,
        effective = LintDates.BALLOT_SC81_THIRD_MILESTONE)
public class ServerCertValidTimeLongerThan46Days extends ServerCertValidityLimit {

    public ServerCertValidTimeLongerThan46Days() {
        super(46);
    }
}
