package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_rfc_dnsname_empty_label",
        description = "A dNSName must not contain an empty label (two dots in a row, or a leading or trailing dot).",
        citation = "RFC 5280: 4.2.1.6; RFC 1034: 3.5", source = LintSource.RFC5280, effective = LintDates.RFC_5280_PUBLISHED)
public class RfcDnsnameEmptyLabel extends DnsNameLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        for (String name : sanDnsNames(certificate)) {
            if (java.util.Arrays.asList(name.split("\\.", -1)).contains("")) {
                return LintResult.error("dNSName \"" + name + "\" has an empty label");
            }
        }
        return LintResult.PASS;
    }
}
