package org.casebook.analysis.lints.br;

import java.util.regex.Pattern;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_dnsname_bad_character_in_label",
        description = "DNS names (and a host-name common name) may only use letters, digits, '-', '_' and '*' in their labels.",
        citation = "BRs: 7.1.4.2", source = LintSource.CABF_BR, effective = "2012-07-01")
public class DnsnameBadCharacterInLabel extends CertificateLint {

    // A leading "*." wildcard and redaction "?." labels are tolerated, as in pre-2018 redacted precertificates.
    private static final Pattern NAME = Pattern.compile("^(\\*\\.)?(\\?\\.)*([A-Za-z0-9*_-]+\\.)*[A-Za-z0-9*_-]*$");

    @Override
    protected boolean applies(CertificateView certificate) {
        return DomainNames.anyNamePresent(certificate) && CertificateRoles.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        for (String name : DomainNames.hostNames(certificate)) {
            if (!NAME.matcher(name).matches()) {
                return LintResult.error("'" + name + "' has a character not allowed in a DNS label");
            }
        }
        return LintResult.PASS;
    }
}
