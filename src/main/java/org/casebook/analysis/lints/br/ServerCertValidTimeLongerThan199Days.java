package org.casebook.analysis.lints.br;

import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.ServerCertValidityLimit;

@LintSpec(code = "w_server_cert_valid_time_longer_than_199_days",
        description = "A TLS subscriber certificate issued on or after 15 March 2026 and before 15 March 2027 should be valid for at most 199 days (ballot SC-081).",
        citation = "BRs: 6.3.2 (ballot SC-081, https://github.com/cabforum/servercert/pull/553)", source = LintSource.CABF_BR,
        effective = LintDates.BALLOT_SC81_FIRST_MILESTONE, ineffective = LintDates.BALLOT_SC81_SECOND_MILESTONE)
public class ServerCertValidTimeLongerThan199Days extends ServerCertValidityLimit {

    public ServerCertValidTimeLongerThan199Days() {
        super(199);
    }
}
