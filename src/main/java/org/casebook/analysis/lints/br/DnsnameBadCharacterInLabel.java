package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.CertificateRoles;
import org.casebook.analysis.lints.support.DomainNames;

@LintSpec(code = "e_dnsname_bad_character_in_label",
        description = "DNS names (and a host-name common name) may only use letters, digits, '-', '_' and '*' in their labels.",
        citation = "BRs: 7.1.4.2", source = LintSource.CABF_BR, effective = LintDates.BR_1_0_EFFECTIVE)
public class DnsnameBadCharacterInLabel extends CertificateLint {

    /**
     * The name is what zlint's pattern {@code ^(\*\.)?(\?\.)*([A-Za-z0-9*_-]+\.)*[A-Za-z0-9*_-]*$} accepts,
     * read in one pass: a leading "*." wildcard and redaction "?." labels are tolerated (as in pre-2018
     * redacted precertificates), every other label but the last is non-empty and all use letters, digits,
     * '*', '_' and '-'.
     */
    static boolean wellFormed(String name) {
        int length = name.length();
        int at = name.startsWith("*.") ? 2 : 0;
        while (name.startsWith("?.", at)) {
            at += 2;
        }
        int labelStart = at;
        for (; at < length; at++) {
            char c = name.charAt(at);
            if (c == '.') {
                if (at == labelStart) {
                    return false;
                }
                labelStart = at + 1;
            } else if (!allowed(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allowed(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '*' || c == '_' || c == '-';
    }

    @Override
    protected boolean applies(CertificateView certificate) {
        return DomainNames.anyNamePresent(certificate) && CertificateRoles.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        for (String name : DomainNames.hostNames(certificate)) {
            if (!wellFormed(name)) {
                return LintResult.error("'" + name + "' has a character not allowed in a DNS label");
            }
        }
        return LintResult.PASS;
    }
}
