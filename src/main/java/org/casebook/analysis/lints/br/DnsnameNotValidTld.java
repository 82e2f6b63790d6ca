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

@LintSpec(code = "e_dnsname_not_valid_tld",
        description = "Every DNS name (and a host-name common name) must end in a TLD that was delegated in the root zone when the certificate was issued.",
        citation = "BRs: 3.2.2.4, 7.1.4.2.1", source = LintSource.CABF_BR, effective = LintDates.BR_1_0_EFFECTIVE)
public class DnsnameNotValidTld extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return DomainNames.anyNamePresent(certificate) && CertificateRoles.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        for (String name : DomainNames.hostNames(certificate)) {
            if (!TopLevelDomains.hasDelegatedTld(name, certificate.notBefore())) {
                return LintResult.error("'" + name + "' does not end in a TLD that was delegated on " + certificate.notBefore());
            }
        }
        return LintResult.PASS;
    }
}
