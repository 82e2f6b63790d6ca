package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_ext_san_dns_not_ia5_string",
        description = "Every dNSName in the subject alternative name must be an IA5String: 7-bit ASCII.",
        citation = "RFC 5280: 4.2.1.6", source = LintSource.RFC5280, effective = LintDates.RFC_2459_PUBLISHED)
public class ExtSanDnsNotIa5String extends AlternativeNameDnsIa5Lint {

    public ExtSanDnsNotIa5String() {
        super(true);
    }
}
