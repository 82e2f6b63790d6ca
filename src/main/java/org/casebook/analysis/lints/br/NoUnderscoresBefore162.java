package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.CertificateRoles;
import org.casebook.analysis.lints.support.DomainNames;

@LintSpec(code = "e_no_underscores_before_1_6_2",
        description = "Before BRs 1.6.2 made it explicit, RFC 5280's rule applied: DNS names must not contain underscores.",
        citation = "BRs: 7.1.4.2.1", source = LintSource.CABF_BR, ineffective = LintDates.BR_1_6_2)
public class NoUnderscoresBefore162 extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return DomainNames.anyNamePresent(certificate) && CertificateRoles.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        for (String name : certificate.dnsNames()) {
            if (name.contains("_")) {
                return LintResult.error("DNS name '" + name + "' contains an underscore");
            }
        }
        return LintResult.PASS;
    }
}
