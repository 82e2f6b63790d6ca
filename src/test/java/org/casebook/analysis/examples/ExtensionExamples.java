package org.casebook.analysis.examples;

import static org.casebook.analysis.examples.LintExample.passes;
import static org.casebook.analysis.examples.LintExample.trips;

import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.casebook.testpki.TestPki;

/** Extensions of a subscriber certificate: extended key usage, the CA/B Forum organization identifier. */
final class ExtensionExamples {

    private static final ASN1ObjectIdentifier CABF_ORGANIZATION_IDENTIFIER = new ASN1ObjectIdentifier("2.23.140.3.1");
    private static final X500Name EV_SUBJECT = new X500Name(
            "C=DE,O=Example GmbH,BusinessCategory=Private Organization,SERIALNUMBER=HRB 12345,OrganizationIdentifier=VATDE-123456789,CN=www.example.de");

    private ExtensionExamples() {
    }

    static List<LintExample> examples() {
        return List.of(
                trips("e_sub_cert_eku_server_auth_client_auth_missing", "subscriber certificate with only anyExtendedKeyUsage",
                        () -> TestPki.certificate().ekus(KeyPurposeId.anyExtendedKeyUsage).view()),
                passes("e_sub_cert_eku_server_auth_client_auth_missing", "serverAuth and clientAuth", () -> TestPki.certificate().view()),

                trips("e_cabf_org_identifier_psd_vat_has_state", "VAT registration with a state",
                        () -> NameExamples.evSubscriber(EV_SUBJECT).dnsNames("www.example.de")
                                .extension(CABF_ORGANIZATION_IDENTIFIER, false, organizationIdentifier("VAT", "DE", "BY", "DE123456789")).view()),
                passes("e_cabf_org_identifier_psd_vat_has_state", "VAT registration without a state",
                        () -> NameExamples.evSubscriber(EV_SUBJECT).dnsNames("www.example.de")
                                .extension(CABF_ORGANIZATION_IDENTIFIER, false, organizationIdentifier("VAT", "DE", null, "DE123456789")).view()));
    }

    /** EVGs 9.8.2: scheme, country, optional [0] IMPLICIT state or province, reference. */
    private static DERSequence organizationIdentifier(String scheme, String country, String state, String reference) {
        List<ASN1Encodable> fields = new ArrayList<>(List.of(new DERPrintableString(scheme), new DERPrintableString(country)));
        if (state != null) {
            fields.add(new DERTaggedObject(false, 0, new DERPrintableString(state)));
        }
        fields.add(new DERUTF8String(reference));
        return new DERSequence(fields.toArray(ASN1Encodable[]::new));
    }
}
