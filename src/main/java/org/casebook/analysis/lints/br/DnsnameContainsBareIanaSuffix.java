package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.CertificateRoles;
import org.casebook.analysis.lints.support.DomainNames;
import org.casebook.analysis.lints.support.TopLevelDomains;

@LintSpec(code = "e_dnsname_contains_bare_iana_suffix",
        description = "A DNS name (or host-name common name) must not be a bare top-level domain such as 'com'.",
        citation = "BRs: 7.1.4.2.1", source = LintSource.CABF_BR, effective = LintDates.BR_1_0_EFFECTIVE)
public class DnsnameContainsBareIanaSuffix extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return DomainNames.anyNamePresent(certificate) && CertificateRoles.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        for (String name : DomainNames.hostNames(certificate)) {
            if (TopLevelDomains.isKnown(name)) {
                return LintResult.error("'" + name + "' is a bare top-level domain");
            }
        }
        return LintResult.PASS;
    }
}
