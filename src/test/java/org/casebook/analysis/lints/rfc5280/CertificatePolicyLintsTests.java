package org.casebook.analysis.lints.rfc5280;

import static org.casebook.analysis.lints.rfc5280.RfcLintCases.assertStatus;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.x509.PolicyQualifierId;
import org.bouncycastle.asn1.x509.PolicyQualifierInfo;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintStatus;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;

/** RFC 5280 on certificate policies: policy mappings and the explicitText of user notices. */
class CertificatePolicyLintsTests {

    private static final ASN1ObjectIdentifier ANY_POLICY = new ASN1ObjectIdentifier("2.5.29.32.0");
    private static final ASN1ObjectIdentifier SOME_POLICY = new ASN1ObjectIdentifier("2.23.140.1.2.1");

    private static CertificateView withExplicitText(org.bouncycastle.asn1.ASN1Encodable text) {
        DERSequence userNotice = new DERSequence(text);
        PolicyInformation policy = new PolicyInformation(SOME_POLICY,
                new DERSequence(new PolicyQualifierInfo(PolicyQualifierId.id_qt_unotice, userNotice)));
        return TestPki.certificate().extension(Extension.certificatePolicies, false, new CertificatePolicies(policy)).view();
    }

    @Test
    void mappingAnyPolicyIsAnError() {
        DERSequence toAny = new DERSequence(new DERSequence(new ASN1EncodableVector() {
            {
                add(SOME_POLICY);
                add(ANY_POLICY);
            }
        }));
        DERSequence plain = new DERSequence(new DERSequence(new ASN1EncodableVector() {
            {
                add(SOME_POLICY);
                add(new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"));
            }
        }));
        assertStatus(LintStatus.ERROR, "e_ext_policy_map_any_policy", TestPki.certificate().ca().subject("CN=Bridge CA").extension(Extension.policyMappings, true, toAny).view());
        assertStatus(LintStatus.PASS, "e_ext_policy_map_any_policy", TestPki.certificate().ca().subject("CN=Bridge CA").extension(Extension.policyMappings, true, plain).view());
    }

    @Test
    void explicitTextMustNotBeIa5AndShouldBeUtf8() {
        CertificateView ia5 = withExplicitText(new DERIA5String("Relying party terms apply"));
        CertificateView utf8 = withExplicitText(new DERUTF8String("Relying party terms apply"));
        assertStatus(LintStatus.ERROR, "e_ext_cert_policy_explicit_text_ia5_string", ia5);
        assertStatus(LintStatus.WARN, "w_ext_cert_policy_explicit_text_not_utf8", ia5);
        assertStatus(LintStatus.PASS, "e_ext_cert_policy_explicit_text_ia5_string", utf8);
        assertStatus(LintStatus.PASS, "w_ext_cert_policy_explicit_text_not_utf8", utf8);
        assertStatus(LintStatus.NA, "e_ext_cert_policy_explicit_text_ia5_string", TestPki.certificate().view());
    }

    @Test
    void explicitTextLimitCountsCharactersNotOctets() {
        String twoHundredCjk = "\u8bc1".repeat(200);
        assertStatus(LintStatus.PASS, "e_ext_cert_policy_explicit_text_too_long", withExplicitText(new DERUTF8String(twoHundredCjk)));
        assertStatus(LintStatus.ERROR, "e_ext_cert_policy_explicit_text_too_long", withExplicitText(new DERUTF8String(twoHundredCjk + "x")));
    }
}
