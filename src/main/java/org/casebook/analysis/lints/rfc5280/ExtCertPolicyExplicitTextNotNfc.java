package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Der;

@LintSpec(code = "w_ext_cert_policy_explicit_text_not_nfc",
        description = "A UTF8String or BMPString explicitText should be in Unicode normalization form C.",
        citation = "RFC 6818: 3 (updating RFC 5280 4.2.1.4)", source = LintSource.RFC5280, effective = LintDates.RFC_6818_PUBLISHED)
public class ExtCertPolicyExplicitTextNotNfc extends ExplicitTextLint {

    @Override
    protected String problem(Der text) {
        if (!text.isUniversal(Der.UTF8_STRING) && !text.isUniversal(Der.BMP_STRING)) {
            return null;
        }
        boolean normal = isNfc(text.text());
        if (text.isUniversal(Der.BMP_STRING)) {
            // Some issuers put UTF-8 octets under the BMPString tag (zlint reads the octets as UTF-8): judge that reading too.
            normal &= isNfc(new String(text.content(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return normal ? null : typeName(text) + " explicitText is not in NFC";
    }

    private static boolean isNfc(String value) {
        return java.text.Normalizer.isNormalized(value, java.text.Normalizer.Form.NFC);
    }
}
