package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "e_underscore_not_permissible_in_dnsname",
        description = "From 2019-04-01, no SAN dNSName of a subscriber certificate may contain an underscore.",
        citation = "BR 7.1.4.2.1", source = LintSource.CABF_BR, effective = LintDates.BR_UNDERSCORE_SUNSET)
public class UnderscoreNotPermissibleInDnsname extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return TlsCertificateFacts.hasDnsNames(certificate) && TlsCertificateFacts.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        for (String name : certificate.dnsNames()) {
            if (name.contains("_")) {
                return LintResult.error("dNSName '" + name + "' contains an underscore");
            }
        }
        return LintResult.PASS;
    }
}
