package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Der;

@LintSpec(code = "e_ext_cert_policy_explicit_text_ia5_string",
        description = "A user notice explicitText must not be encoded as an IA5String.",
        citation = "RFC 6818: 3 (updating RFC 5280 4.2.1.4)", source = LintSource.RFC5280, effective = LintDates.RFC_6818_PUBLISHED)
public class ExtCertPolicyExplicitTextIa5String extends ExplicitTextLint {

    @Override
    protected String problem(Der text) {
        return text.isUniversal(Der.IA5_STRING) ? "explicitText is an IA5String" : null;
    }
}
