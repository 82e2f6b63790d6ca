package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.CertificateRoles;
import org.casebook.analysis.lints.support.DomainNames;

@LintSpec(code = "e_dnsname_empty_label",
        description = "DNS names (and a host-name common name) must not contain an empty label.",
        citation = "BRs: 7.1.4.2", source = LintSource.CABF_BR, effective = LintDates.BR_1_0_EFFECTIVE)
public class DnsnameEmptyLabel extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return DomainNames.anyNamePresent(certificate) && CertificateRoles.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        for (String name : DomainNames.hostNames(certificate)) {
            if (DomainNames.labels(name).contains("")) {
                return LintResult.error("'" + name + "' has an empty label");
            }
        }
        return LintResult.PASS;
    }
}
