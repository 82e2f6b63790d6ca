package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.DomainNames;
import org.casebook.analysis.lints.support.Names;

@LintSpec(code = "e_rfc_dnsname_label_too_long",
        description = "No label of a DNS name, in the SAN or in a common name that is not an IP address, may exceed 63 octets.",
        citation = "RFC 5280: 4.2.1.6; RFC 1035: 2.3.4", source = LintSource.RFC5280, effective = LintDates.RFC_5280_PUBLISHED)
public class RfcDnsnameLabelTooLong extends DnsNameLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        String commonName = Names.commonName(certificate);
        java.util.List<String> names = new java.util.ArrayList<>(sanDnsNames(certificate));
        if (commonName != null && !commonName.isEmpty() && !DomainNames.isIp(commonName)) {
            names.add(commonName);
        }
        for (String name : names) {
            for (String label : name.split("\\.", -1)) {
                if (label.length() > 63) {
                    return LintResult.error("\"" + name + "\" has a label of " + label.length() + " characters");
                }
            }
        }
        return LintResult.PASS;
    }
}
