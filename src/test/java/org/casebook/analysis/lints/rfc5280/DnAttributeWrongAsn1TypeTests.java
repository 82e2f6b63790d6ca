package org.casebook.analysis.lints.rfc5280;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERT61String;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintRegistry;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintStatus;
import org.casebook.analysis.LintSuite;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;

/** Name attributes whose value has an ASN.1 type the attribute does not allow (issue 11, item 10): the shapes OpenSSL 3 refuses. */
class DnAttributeWrongAsn1TypeTests {

    private static final String CODE = "e_dn_attribute_wrong_asn1_type";

    private static LintResult run(CertificateView certificate) {
        return LintRegistry.discover().byCode(CODE).orElseThrow().run(certificate);
    }

    private static X500Name name(Object... typesAndValues) {
        RDN[] rdns = new RDN[typesAndValues.length / 2];
        for (int i = 0; i < rdns.length; i++) {
            rdns[i] = new RDN((ASN1ObjectIdentifier) typesAndValues[2 * i], (ASN1Encodable) typesAndValues[2 * i + 1]);
        }
        return new X500Name(rdns);
    }

    @Test
    void organizationalUnitEncodedAsOctetStringIsAnError() {
        CertificateView certificate = TestPki.certificate()
                .subject(name(BCStyle.O, new DERUTF8String("Example Org"), BCStyle.OU, new DEROctetString("Web".getBytes()),
                        BCStyle.CN, new DERUTF8String("www.example.com")))
                .view();
        LintResult result = run(certificate);
        assertEquals(LintStatus.ERROR, result.status());
        assertEquals("subject organizationalUnitName is an OCTET STRING; X.520 requires a DirectoryString", result.detail());
    }

    @Test
    void attributesEncodedAsIntegerAreErrorsInSubjectAndIssuer() {
        CertificateView certificate = TestPki.certificate()
                .subject(name(BCStyle.O, new ASN1Integer(42), BCStyle.CN, new DERUTF8String("www.example.com")))
                .issuer(name(BCStyle.C, new DERPrintableString("US"), BCStyle.CN, new ASN1Integer(7)))
                .view();
        LintResult result = run(certificate);
        assertEquals(LintStatus.ERROR, result.status());
        assertEquals("subject organizationName is an INTEGER; X.520 requires a DirectoryString;"
                + " issuer commonName is an INTEGER; X.520 requires a DirectoryString", result.detail());
        // The whole suite reports it too, beside everything else it finds on such a certificate.
        assertTrue(new LintSuite(LintRegistry.discover()).findings(certificate).stream()
                .anyMatch(o -> o.lint().code().equals(CODE) && o.result().status() == LintStatus.ERROR));
    }

    @Test
    void printableAndIa5OnlyAttributesRefuseOtherStringTypes() {
        CertificateView certificate = TestPki.certificate()
                .subject(name(BCStyle.C, new DERUTF8String("DE"), BCStyle.SERIALNUMBER, new DERUTF8String("HRB 1"),
                        BCStyle.DN_QUALIFIER, new DERIA5String("q1"), BCStyle.EmailAddress, new DERUTF8String("pki@example.com"),
                        BCStyle.DC, new DERPrintableString("example"), BCStyle.CN, new DERUTF8String("www.example.com")))
                .view();
        LintResult result = run(certificate);
        assertEquals(LintStatus.ERROR, result.status());
        assertEquals("subject countryName is a UTF8String; X.520 requires a PrintableString;"
                + " subject serialNumber is a UTF8String; X.520 requires a PrintableString;"
                + " subject dnQualifier is an IA5String; X.520 requires a PrintableString;"
                + " subject emailAddress is a UTF8String; RFC 5280 (Appendix A) requires an IA5String;"
                + " subject domainComponent is a PrintableString; RFC 4519 requires an IA5String", result.detail());
    }

    @Test
    void directoryStringAttributesRefuseIa5String() {
        CertificateView certificate = TestPki.certificate()
                .subject(name(BCStyle.L, new DERIA5String("Berlin"), BCStyle.ST, new DERIA5String("Berlin"), BCStyle.STREET,
                        new DERIA5String("Main St 1"), BCStyle.T, new DERIA5String("Dr"), BCStyle.CN, new DERUTF8String("www.example.com")))
                .view();
        LintResult result = run(certificate);
        assertEquals(LintStatus.ERROR, result.status());
        assertEquals("subject localityName is an IA5String; X.520 requires a DirectoryString;"
                + " subject stateOrProvinceName is an IA5String; X.520 requires a DirectoryString;"
                + " subject streetAddress is an IA5String; X.520 requires a DirectoryString;"
                + " subject title is an IA5String; X.520 requires a DirectoryString", result.detail());
    }

    @Test
    void everyDirectoryStringChoiceAndTheRightStringTypesPass() {
        CertificateView certificate = TestPki.certificate()
                .subject(name(BCStyle.C, new DERPrintableString("DE"), BCStyle.O, new DERBMPString("Example Org"), BCStyle.OU,
                        new DERT61String("Web"), BCStyle.L, new DERPrintableString("Berlin"), BCStyle.EmailAddress,
                        new DERIA5String("pki@example.com"), BCStyle.DC, new DERIA5String("example"), BCStyle.SERIALNUMBER,
                        new DERPrintableString("HRB 1"), BCStyle.CN, new DERUTF8String("www.example.com")))
                .view();
        assertEquals(LintStatus.PASS, run(certificate).status(), String.valueOf(run(certificate).detail()));
    }

    @Test
    void anOrdinaryCertificatePasses() {
        LintResult result = run(TestPki.certificate().view());
        assertEquals(LintStatus.PASS, result.status(), String.valueOf(result.detail()));
    }
}
