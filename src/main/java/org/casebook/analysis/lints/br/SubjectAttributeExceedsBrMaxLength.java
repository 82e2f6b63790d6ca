package org.casebook.analysis.lints.br;

import java.util.Map;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

/**
 * The 7.1.4.2 tables give maximum lengths in characters. Most match RFC 5280's upper bounds, which the RFC lints
 * check; these are the ones where the BRs add a bound of their own: domainComponent (63, a DNS label), surname and
 * givenName (64, where RFC 5280 says 32,768 by a transcription error), businessCategory and the EV jurisdiction state
 * and locality (128). A warning: the tables' sentence binds the order and "the specified encoding requirements", and
 * whether the length column is among those is not said outright.
 */
@LintSpec(code = "w_subject_attribute_exceeds_br_max_length",
        description = "Subject attributes should stay within the BRs' maximum lengths in characters: domainComponent 63, surname and givenName 64, businessCategory, jurisdictionStateOrProvince and jurisdictionLocality 128.",
        citation = "BRs: 7.1.4.2 (Ballot SC-62)", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class SubjectAttributeExceedsBrMaxLength extends BrProfileLint {

    private static final Map<String, Integer> MAXIMA = Map.of(
            "0.9.2342.19200300.100.1.25", 63, // domainComponent
            "2.5.4.4", 64, // surname
            "2.5.4.42", 64, // givenName
            "2.5.4.15", 128, // businessCategory
            "1.3.6.1.4.1.311.60.2.1.2", 128, // jurisdictionStateOrProvince
            "1.3.6.1.4.1.311.60.2.1.1", 128); // jurisdictionLocality

    public SubjectAttributeExceedsBrMaxLength() {
        super(java.util.EnumSet.allOf(org.casebook.analysis.BrProfile.class));
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        for (AttributeTypeAndValue attribute : certificate.subjectAttributes()) {
            Integer maximum = MAXIMA.get(attribute.getType().getId());
            if (maximum != null && attribute.getValue() instanceof ASN1String text) {
                int characters = text.getString().codePointCount(0, text.getString().length());
                if (characters > maximum) {
                    return LintResult.warn("subject attribute " + attribute.getType().getId() + " holds " + characters
                            + " characters, over the BRs' " + maximum);
                }
            }
        }
        return LintResult.PASS;
    }
}
