package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Der;

@LintSpec(code = "w_ext_cert_policy_explicit_text_includes_control",
        description = "A UTF8String explicitText should not contain control characters (U+0000 to U+001F, U+007F to U+009F).",
        citation = "RFC 6818: 3 (updating RFC 5280 4.2.1.4)", source = LintSource.RFC5280, effective = LintDates.RFC_6818_PUBLISHED)
public class ExtCertPolicyExplicitTextIncludesControl extends ExplicitTextLint {

    @Override
    protected String problem(Der text) {
        if (!text.isUniversal(Der.UTF8_STRING)) {
            return null;
        }
        String value = text.text();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                return String.format("explicitText contains control character U+%04X", (int) c);
            }
        }
        return null;
    }
}
