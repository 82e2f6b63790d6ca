package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Der;

@LintSpec(code = "e_ext_cert_policy_explicit_text_too_long",
        description = "A user notice explicitText may hold at most 200 characters.",
        citation = "RFC 6818: 3 (updating RFC 5280 4.2.1.4)", source = LintSource.RFC5280, effective = LintDates.RFC_6818_PUBLISHED)
public class ExtCertPolicyExplicitTextTooLong extends ExplicitTextLint {

    @Override
    protected String problem(Der text) {
        String value = text.text();
        int length = value.codePointCount(0, value.length());
        return length > 200 ? "explicitText is " + length + " characters long, over 200" : null;
    }
}
