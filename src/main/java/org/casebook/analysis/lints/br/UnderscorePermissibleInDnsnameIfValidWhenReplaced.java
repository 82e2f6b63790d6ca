package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.DnsLabels;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "e_underscore_permissible_in_dnsname_if_valid_when_replaced",
        description = "Between 2018-12-10 and 2019-04-01, a dNSName label could hold underscores only if it became a valid letter-digit-hyphen label with each underscore replaced by a hyphen.",
        citation = "BR 7.1.4.2.1", source = LintSource.CABF_BR, effective = LintDates.BR_1_6_2, ineffective = LintDates.BR_UNDERSCORE_SUNSET)
public class UnderscorePermissibleInDnsnameIfValidWhenReplaced extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return TlsCertificateFacts.hasDnsNames(certificate) && TlsCertificateFacts.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        for (String name : certificate.dnsNames()) {
            for (String label : name.split("\\.", -1)) {
                if (label.contains("_") && !label.equals("*") && !DnsLabels.isLdhLabel(label.replace('_', '-'))) {
                    return LintResult.error("label '" + label + "' is not a valid LDH label even with underscores read as hyphens");
                }
            }
        }
        return LintResult.PASS;
    }
}
