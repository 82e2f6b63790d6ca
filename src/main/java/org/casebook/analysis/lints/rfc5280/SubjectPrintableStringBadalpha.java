package org.casebook.analysis.lints.rfc5280;

import java.util.List;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Der;
import org.casebook.analysis.lints.support.Names;

@LintSpec(code = "e_subject_printable_string_badalpha",
        description = "A PrintableString in the subject may hold only letters, digits, space and the characters ' ( ) + , - . / : = ?.",
        citation = "RFC 5280: Appendix B", source = LintSource.RFC5280, effective = LintDates.RFC_2459_PUBLISHED)
public class SubjectPrintableStringBadalpha extends CertificateLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        List<Names.Attribute> attributes = Names.subject(certificate);
        if (attributes == null) {
            return LintResult.NOT_APPLICABLE;
        }
        for (Names.Attribute attribute : attributes) {
            if (attribute.value().isUniversal(Der.PRINTABLE_STRING) && !isPrintable(attribute.value().content())) {
                return LintResult.error("subject attribute " + attribute.type() + " is a PrintableString with characters outside its alphabet");
            }
        }
        return LintResult.PASS;
    }

    private static boolean isPrintable(byte[] content) {
        if (content.length == 0) {
            return false;
        }
        for (byte b : content) {
            char c = (char) (b & 0xff);
            boolean ok = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || " '()+,-./:=?".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
