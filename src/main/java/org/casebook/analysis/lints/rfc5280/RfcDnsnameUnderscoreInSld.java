package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_rfc_dnsname_underscore_in_sld",
        description = "The label just left of the public suffix (the registrable label) must not contain an underscore.",
        citation = "RFC 5280: 4.2.1.6; RFC 1034: 3.5", source = LintSource.RFC5280, effective = LintDates.RFC_5280_PUBLISHED)
public class RfcDnsnameUnderscoreInSld extends DnsNameLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        return eachSplitName(certificate, (name, parsed) -> parsed.sld().contains("_")
                ? LintResult.error("dNSName \"" + name + "\" has an underscore in its registrable label")
                : LintResult.PASS);
    }
}
