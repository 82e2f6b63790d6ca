package org.casebook.analysis.lints.br;

import java.util.Locale;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.CertificateRoles;

@LintSpec(code = "e_arpa_domain_not_allowed",
        description = "Subscriber certificates must not name domains under the reverse-DNS zones in-addr.arpa or ip6.arpa.",
        citation = "BRs: 4.2.2", source = LintSource.CABF_BR, effective = LintDates.BALLOT_SC86)
public class ArpaDomainNotAllowed extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return CertificateRoles.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        for (String name : certificate.dnsNames()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".in-addr.arpa") || lower.endsWith(".ip6.arpa")) {
                return LintResult.error("'" + name + "' lies in an IP reverse zone");
            }
        }
        return LintResult.PASS;
    }
}
