package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_ext_ian_dns_not_ia5_string",
        description = "Every dNSName in the issuer alternative name must be an IA5String: 7-bit ASCII.",
        citation = "RFC 5280: 4.2.1.7", source = LintSource.RFC5280, effective = LintDates.RFC_2459_PUBLISHED)
public class ExtIanDnsNotIa5String extends AlternativeNameDnsIa5Lint {

    public ExtIanDnsNotIa5String() {
        super(false);
    }
}
