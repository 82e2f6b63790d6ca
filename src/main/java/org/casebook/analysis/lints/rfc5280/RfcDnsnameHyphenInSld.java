package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_rfc_dnsname_hyphen_in_sld",
        description = "The label just left of the public suffix (the registrable label) must not begin or end with a hyphen.",
        citation = "RFC 5280: 4.2.1.6; RFC 1034: 3.5", source = LintSource.RFC5280, effective = LintDates.RFC_5280_PUBLISHED)
public class RfcDnsnameHyphenInSld extends DnsNameLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        return eachSplitName(certificate, (name, parsed) -> parsed.sld().startsWith("-") || parsed.sld().endsWith("-")
                ? LintResult.error("dNSName \"" + name + "\" has a registrable label starting or ending with a hyphen")
                : LintResult.PASS);
    }
}
