package org.casebook.analysis.lints.br;

import java.util.Locale;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.CertificateRoles;
import org.casebook.analysis.lints.support.DomainNames;

@LintSpec(code = "e_dnsname_contains_prohibited_reserved_label",
        description = "DNS name labels with '--' in third and fourth position are reserved; only IDNA 'xn--' labels may use that form.",
        citation = "BRs: 7.1.4.2.1", source = LintSource.CABF_BR, effective = LintDates.BR_NO_RESERVED_LABELS)
public class DnsnameContainsProhibitedReservedLabel extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return DomainNames.anyNamePresent(certificate) && CertificateRoles.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        for (String name : certificate.dnsNames()) {
            for (String label : DomainNames.labels(name)) {
                boolean reserved = label.length() >= 4 && label.startsWith("--", 2);
                if (reserved && !label.toLowerCase(Locale.ROOT).startsWith("xn--")) {
                    return LintResult.error("'" + name + "' has the reserved label '" + label + "'");
                }
            }
        }
        return LintResult.PASS;
    }
}
