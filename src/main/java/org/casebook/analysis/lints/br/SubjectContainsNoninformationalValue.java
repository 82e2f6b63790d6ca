package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_subject_contains_noninformational_value",
        description = "Subject attributes must carry real information: a value made only of punctuation or spaces, such as '.', '-' or ' ', is a placeholder for an absent value.",
        citation = "BRs: 7.1.4.2.2", source = LintSource.CABF_BR, effective = LintDates.BR_1_0_EFFECTIVE)
public class SubjectContainsNoninformationalValue extends CertificateLint {

    /** A letter or digit in ASCII, or any character beyond ASCII, counts as information. */
    private static boolean informative(String value) {
        // char by char: a code point beyond ASCII is made of chars beyond ASCII, so the answer is the same
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c > 127) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        for (AttributeTypeAndValue attribute : certificate.subjectAttributes()) {
            if (attribute.getValue() instanceof ASN1String text && !informative(text.getString())) {
                return LintResult.error("subject attribute " + attribute.getType().getId() + " holds only '" + text.getString() + "'");
            }
        }
        return LintResult.PASS;
    }
}
