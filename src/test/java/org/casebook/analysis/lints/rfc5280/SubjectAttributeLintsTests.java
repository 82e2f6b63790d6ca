package org.casebook.analysis.lints.rfc5280;

import static org.casebook.analysis.lints.rfc5280.RfcLintCases.assertStatus;

import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.casebook.analysis.LintStatus;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;

/** RFC 5280 on subject attribute values: length limits and control characters. */
class SubjectAttributeLintsTests {

    @Test
    void longCommonNameIsAnError() {
        String longName = "a".repeat(60) + ".example.com";
        X500Name tooLong = new X500Name(new RDN[] {new RDN(BCStyle.CN, new DERUTF8String(longName))});
        assertStatus(LintStatus.ERROR, "e_subject_common_name_max_length", TestPki.certificate().subject(tooLong).view());
        assertStatus(LintStatus.PASS, "e_subject_common_name_max_length", TestPki.certificate().view());
    }

    @Test
    void controlCharactersAreJudgedInTheAttributesOwnStringType() {
        // A BMPString holds two octets per character: "Ab" is 00 41 00 62, which is no control character.
        X500Name bmp = new X500Name(new RDN[] {new RDN(BCStyle.O, new DERBMPString("Ab Org")), new RDN(BCStyle.CN, new DERUTF8String("www.example.com"))});
        X500Name tab = new X500Name(new RDN[] {new RDN(BCStyle.O, new DERUTF8String("Ab\tOrg")), new RDN(BCStyle.CN, new DERUTF8String("www.example.com"))});
        assertStatus(LintStatus.PASS, "e_subject_dn_not_printable_characters", TestPki.certificate().subject(bmp).view());
        assertStatus(LintStatus.ERROR, "e_subject_dn_not_printable_characters", TestPki.certificate().subject(tab).view());
    }
}
