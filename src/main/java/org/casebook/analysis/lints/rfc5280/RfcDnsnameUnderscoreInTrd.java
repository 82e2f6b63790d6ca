package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "w_rfc_dnsname_underscore_in_trd",
        description = "Labels left of the registrable label should not contain underscores, which the preferred name syntax does not allow.",
        citation = "RFC 5280: 4.2.1.6; RFC 1034: 3.5", source = LintSource.RFC5280, effective = LintDates.RFC_5280_PUBLISHED)
public class RfcDnsnameUnderscoreInTrd extends DnsNameLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        return eachSplitName(certificate, (name, parsed) -> parsed.trd().contains("_")
                ? LintResult.warn("dNSName \"" + name + "\" has an underscore left of its registrable label")
                : LintResult.PASS);
    }
}
