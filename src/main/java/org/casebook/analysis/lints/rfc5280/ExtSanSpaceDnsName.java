package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_ext_san_space_dns_name",
        description = "The subject alternative name must not contain the dNSName consisting of a single space.",
        citation = "RFC 5280: 4.2.1.6", source = LintSource.RFC5280, effective = LintDates.RFC_2459_PUBLISHED)
public class ExtSanSpaceDnsName extends AlternativeNameDnsNotSpaceLint {

    public ExtSanSpaceDnsName() {
        super(true);
    }
}
