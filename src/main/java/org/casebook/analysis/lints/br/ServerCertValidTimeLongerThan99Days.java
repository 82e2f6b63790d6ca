package org.casebook.analysis.lints.br;

import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.ServerCertValidityLimit;

@LintSpec(code = "w_server_cert_valid_time_longer_than_99_days",
        description = "A TLS subscriber certificate issued on or after 15 March 2027 and before 15 March 2029 should be valid for at most 99 days (ballot SC-081).",
        citation = "BRs: 6.3.2 (ballot SC-081, https://github.com/cabforum/servercert/pull/553)", source = LintSource.CABF_BR,
        effective = LintDates.BALLOT_SC81_SECOND_MILESTONE, ineffective = LintDates.BALLOT_SC81_THIRD_MILESTONE)
public class ServerCertValidTimeLongerThan99Days extends ServerCertValidityLimit {

    public ServerCertValidTimeLongerThan99Days() {
        super(99);
    }
}
