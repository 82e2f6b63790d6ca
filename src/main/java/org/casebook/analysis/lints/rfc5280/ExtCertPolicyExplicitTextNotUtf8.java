package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Der;

@LintSpec(code = "w_ext_cert_policy_explicit_text_not_utf8",
        description = "A user notice explicitText should be encoded as a UTF8String.",
        citation = "RFC 6818: 3 (updating RFC 5280 4.2.1.4)", source = LintSource.RFC5280, effective = LintDates.RFC_6818_PUBLISHED)
public class ExtCertPolicyExplicitTextNotUtf8 extends ExplicitTextLint {

    @Override
    protected String problem(Der text) {
        return text.isUniversal(Der.UTF8_STRING) ? null : "explicitText is a " + typeName(text) + ", not a UTF8String";
    }
}
