package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.ReverseDnsNames;

@LintSpec(code = "w_subject_contains_malformed_arpa_ip",
        description = "A name under in-addr.arpa or ip6.arpa should have exactly the labels of one reversed IP address (4 for IPv4, 32 nibbles for IPv6).",
        citation = "BRs: 3.2.2.6", source = LintSource.CABF_BR, effective = LintDates.BR_1_0_EFFECTIVE)
public class SubjectContainsMalformedArpaIp extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return ReverseDnsNames.anyReverseName(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        for (String name : certificate.dnsNames()) {
            ReverseDnsNames.Reading reading = ReverseDnsNames.parse(name).reading();
            if (reading == ReverseDnsNames.Reading.WRONG_LABEL_COUNT) {
                return LintResult.warn("'" + name + "' has the wrong number of labels for a reverse-DNS name");
            }
            if (reading == ReverseDnsNames.Reading.NOT_AN_ADDRESS) {
                return LintResult.warn("'" + name + "' does not read as a reversed IP address");
            }
        }
        return LintResult.PASS;
    }
}
