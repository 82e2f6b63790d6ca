package org.casebook.analysis.lints.rfc5280;

import java.util.List;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Names;

@LintSpec(code = "e_subject_dn_not_printable_characters",
        description = "Subject attribute values must not contain control characters (U+0000 to U+001F, U+007F to U+009F).",
        citation = "RFC 5280: Appendix A", source = LintSource.RFC5280)
public class SubjectDnNotPrintableCharacters extends CertificateLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        List<Names.Attribute> attributes = Names.subject(certificate);
        if (attributes == null) {
            return LintResult.NOT_APPLICABLE;
        }
        for (Names.Attribute attribute : attributes) {
            // Decoded by its string type: read as UTF-8, every BMPString would seem full of U+0000.
            String text = attribute.value().text();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                    return LintResult.error(String.format("subject attribute %s contains control character U+%04X", attribute.type(), (int) c));
                }
            }
        }
        return LintResult.PASS;
    }
}
