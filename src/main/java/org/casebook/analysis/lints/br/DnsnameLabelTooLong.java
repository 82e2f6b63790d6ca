package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.CertificateRoles;
import org.casebook.analysis.lints.support.DomainNames;

@LintSpec(code = "e_dnsname_label_too_long",
        description = "No label of a DNS name (or host-name common name) may be longer than 63 characters.",
        citation = "BRs: 7.1.4.2; RFC 1035", source = LintSource.CABF_BR, effective = LintDates.BR_1_0_EFFECTIVE)
public class DnsnameLabelTooLong extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return DomainNames.anyNamePresent(certificate) && CertificateRoles.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        for (String name : DomainNames.hostNames(certificate)) {
            for (String label : DomainNames.labels(name)) {
                if (label.length() > 63) {
                    return LintResult.error("'" + name + "' has a label of " + label.length() + " characters");
                }
            }
        }
        return LintResult.PASS;
    }
}
