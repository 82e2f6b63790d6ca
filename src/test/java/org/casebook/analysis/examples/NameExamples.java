package org.casebook.analysis.examples;

import static org.casebook.analysis.examples.LintExample.passes;
import static org.casebook.analysis.examples.LintExample.trips;

import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.casebook.testpki.TestPki;

/** Subject and issuer names: their encoding, and the attributes a rule asks for. */
final class NameExamples {

    private static final ASN1ObjectIdentifier EV_POLICY = new ASN1ObjectIdentifier("2.23.140.1.1");
    private static final String WOSIGN_ISSUER = "C=CN,O=WoSign CA Limited,CN=WoSign CA Free SSL Certificate G2";
    /** The subject TBSCertificate field (after version, serial, signature, issuer, validity). */
    private static final int SUBJECT = 5;

    private NameExamples() {
    }

    static List<LintExample> examples() {
        return List.of(
                trips("e_subject_not_dn", "an empty relative distinguished name after the common name",
                        () -> TestPki.certificate().tbsField(SUBJECT, new DERSequence(new ASN1Encodable[] {
                                new DERSet(new DERSequence(new ASN1Encodable[] {BCStyle.CN, new DERUTF8String("www.example.com")})),
                                new DERSet()})).view()),
                passes("e_subject_not_dn", "ordinary distinguished name",
                        () -> TestPki.certificate().subject("C=GB,O=Example Ltd,CN=www.example.com").view()),

                trips("e_subject_dn_serial_number_not_printable_string", "EV subject serialNumber as UTF8String",
                        () -> evSubscriber(name(BCStyle.C, new DERPrintableString("DE"), BCStyle.O, new DERUTF8String("Example GmbH"),
                                BCStyle.SERIALNUMBER, new DERUTF8String("HRB 12345"), BCStyle.CN, new DERUTF8String("www.example.de"))).view()),
                passes("e_subject_dn_serial_number_not_printable_string", "EV subject serialNumber as PrintableString",
                        () -> evSubscriber(name(BCStyle.C, new DERPrintableString("DE"), BCStyle.O, new DERUTF8String("Example GmbH"),
                                BCStyle.SERIALNUMBER, new DERPrintableString("HRB 12345"), BCStyle.CN, new DERUTF8String("www.example.de"))).view()),

                trips("e_dn_attribute_wrong_asn1_type", "organizationalUnitName as OCTET STRING",
                        () -> TestPki.certificate().subject(name(BCStyle.O, new DERUTF8String("Example Org"),
                                BCStyle.OU, new DEROctetString("Web".getBytes()), BCStyle.CN, new DERUTF8String("www.example.com"))).view()),
                passes("e_dn_attribute_wrong_asn1_type", "every attribute a DirectoryString",
                        () -> TestPki.certificate().subject(name(BCStyle.O, new DERUTF8String("Example Org"),
                                BCStyle.OU, new DERUTF8String("Web"), BCStyle.CN, new DERUTF8String("www.example.com"))).view()),

                trips("e_sub_cert_country_name_must_appear", "OV subject with an organization and no country",
                        () -> TestPki.certificate().subject("O=Example Ltd,CN=www.example.com").notBefore("2017-03-01T00:00:00Z").view()),
                passes("e_sub_cert_country_name_must_appear", "OV subject with organization and country",
                        () -> TestPki.certificate().subject("C=GB,O=Example Ltd,CN=www.example.com").notBefore("2017-03-01T00:00:00Z").view()),

                trips("e_ev_business_category_missing", "EV subscriber without businessCategory",
                        () -> evSubscriber(new X500Name("C=US,O=Example Inc,SERIALNUMBER=4711,CN=www.example.com")).view()),
                passes("e_ev_business_category_missing", "EV subscriber naming Private Organization",
                        () -> evSubscriber(new X500Name("C=US,O=Example Inc,BusinessCategory=Private Organization,SERIALNUMBER=4711,CN=www.example.com")).view()),

                trips("n_test_certificate_in_public_hierarchy", "WoSign-issued SM2 test certificate",
                        () -> TestPki.certificate().issuer(WOSIGN_ISSUER).subject("CN=SM2 Test Certificate").subjectKey(TestPki.sm2Key())
                                .dnsNames("test.wosign.com").notBefore("2015-11-20T00:00:00Z").view()),
                passes("n_test_certificate_in_public_hierarchy", "WoSign-issued certificate whose names only contain 'test' in words",
                        () -> TestPki.certificate().issuer(WOSIGN_ISSUER).subject("CN=www.contest.example,O=Latest News Ltd")
                                .dnsNames("www.contest.example", "testing.example.com").view()));
    }

    static TestPki.CertBuilder evSubscriber(X500Name subject) {
        return TestPki.certificate().subject(subject).notBefore("2020-03-02T00:00:00Z")
                .extension(Extension.certificatePolicies, false, new CertificatePolicies(new PolicyInformation(EV_POLICY)));
    }

    private static X500Name name(Object... typesAndValues) {
        RDN[] rdns = new RDN[typesAndValues.length / 2];
        for (int i = 0; i < rdns.length; i++) {
            rdns[i] = new RDN((ASN1ObjectIdentifier) typesAndValues[2 * i], (ASN1Encodable) typesAndValues[2 * i + 1]);
        }
        return new X500Name(rdns);
    }
}
