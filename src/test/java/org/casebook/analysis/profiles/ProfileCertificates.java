package org.casebook.analysis.profiles;

import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.GeneralSubtree;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.NameConstraints;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.x509.PolicyQualifierInfo;
import org.casebook.testpki.TestPki;

/**
 * One certificate per BR 7.1.2 profile (as of BRs 2.x: ballots SC-62 and SC-63), issued 2025-06-01 and built to
 * follow its profile in full; each profile lint's test breaks one rule of one of these.
 */
public final class ProfileCertificates {

    public static final ASN1ObjectIdentifier OCSP_NOCHECK = new ASN1ObjectIdentifier("1.3.6.1.5.5.7.48.1.5");
    public static final KeyPurposeId PRECERTIFICATE_SIGNING = KeyPurposeId.getInstance(new ASN1ObjectIdentifier("1.3.6.1.4.1.11129.2.4.4"));
    public static final ASN1ObjectIdentifier DV = new ASN1ObjectIdentifier("2.23.140.1.2.1");
    public static final ASN1ObjectIdentifier OV = new ASN1ObjectIdentifier("2.23.140.1.2.2");
    public static final ASN1ObjectIdentifier IV = new ASN1ObjectIdentifier("2.23.140.1.2.3");
    public static final ASN1ObjectIdentifier EV = new ASN1ObjectIdentifier("2.23.140.1.1");
    public static final ASN1ObjectIdentifier ANY_POLICY = new ASN1ObjectIdentifier("2.5.29.32.0");
    public static final String CA_ISSUERS_URL = "http://pki.example.com/issuing-ca.crt";
    public static final String OCSP_URL = "http://ocsp.example.com";
    public static final String CRL_URL = "http://pki.example.com/issuing-ca.crl";
    public static final String CPS_URL = "https://pki.example.com/cps";

    static final String ISSUED = "2025-06-01T00:00:00Z";
    static final String CA_SUBJECT = "C=US,O=Example Trust,CN=Example TLS Issuing CA R1";
    static final String ISSUER = "C=US,O=Example Trust,CN=Example Root R1";

    private ProfileCertificates() {
    }

    /** 7.1.2.1: self-signed, 15 years, no policies, no extended key usage. */
    public static TestPki.CertBuilder rootCa() {
        return TestPki.certificate().selfSignedRoot(ISSUER).validity(ISSUED, "2040-06-01T00:00:00Z")
                .keyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature);
    }

    private static TestPki.CertBuilder subordinateCa(KeyPurposeId... ekus) {
        TestPki.CertBuilder builder = TestPki.certificate().ca().subject(CA_SUBJECT).issuer(ISSUER)
                .validity(ISSUED, "2030-06-01T00:00:00Z")
                .keyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature)
                .extension(Extension.authorityInfoAccess, false, aia(CA_ISSUERS_URL, OCSP_URL))
                .extension(Extension.cRLDistributionPoints, false, crlDistributionPoints(CRL_URL))
                .extension(Extension.certificatePolicies, false, policies(DV));
        return builder.ekus(ekus);
    }

    /** 7.1.2.6. */
    public static TestPki.CertBuilder tlsSubordinateCa() {
        return subordinateCa(KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth);
    }

    /** 7.1.2.2, unrestricted: anyExtendedKeyUsage alone. */
    public static TestPki.CertBuilder crossCertifiedCa() {
        return subordinateCa(KeyPurposeId.anyExtendedKeyUsage).subject("C=US,O=Other Trust,CN=Other Trust Root R2");
    }

    /** 7.1.2.3: an S/MIME issuing CA. */
    public static TestPki.CertBuilder nonTlsSubordinateCa() {
        return subordinateCa(KeyPurposeId.id_kp_emailProtection).without(Extension.certificatePolicies)
                .subject("C=US,O=Example Trust,CN=Example S/MIME CA R1");
    }

    /** 7.1.2.4. */
    public static TestPki.CertBuilder precertificateSigningCa() {
        return subordinateCa(PRECERTIFICATE_SIGNING).subject("C=US,O=Example Trust,CN=Example Precertificate Signing CA");
    }

    /** 7.1.2.5: name constraints on dNSName and on both IP families. */
    public static TestPki.CertBuilder constrainedTlsSubordinateCa() {
        GeneralSubtree permitted = new GeneralSubtree(new GeneralName(GeneralName.dNSName, "example.com"));
        GeneralSubtree[] excluded = {
            new GeneralSubtree(new GeneralName(GeneralName.iPAddress, new org.bouncycastle.asn1.DEROctetString(new byte[8]))),
            new GeneralSubtree(new GeneralName(GeneralName.iPAddress, new org.bouncycastle.asn1.DEROctetString(new byte[32])))};
        return tlsSubordinateCa().subject("C=US,O=Example Corp,CN=Example Corp TLS CA")
                .extension(Extension.nameConstraints, true, new NameConstraints(new GeneralSubtree[] {permitted}, excluded));
    }

    /** 7.1.2.8: a delegated responder of the issuing CA. */
    public static TestPki.CertBuilder ocspResponder() {
        return TestPki.certificate().subject("C=US,O=Example Trust,CN=Example TLS Issuing CA R1 OCSP Responder").issuer(CA_SUBJECT)
                .validity(ISSUED, "2025-07-01T00:00:00Z").dnsNames().ekus(KeyPurposeId.id_kp_OCSPSigning)
                .without(Extension.subjectKeyIdentifier)
                .keyUsage(KeyUsage.digitalSignature)
                .extension(OCSP_NOCHECK, false, DERNull.INSTANCE);
    }

    /** 7.1.2.7.2, without a subject key identifier (NOT RECOMMENDED there). */
    public static TestPki.CertBuilder dvSubscriber() {
        return subscriber("CN=www.example.com", DV);
    }

    /** 7.1.2.7.4. */
    public static TestPki.CertBuilder ovSubscriber() {
        return subscriber("C=US,ST=California,L=San Francisco,O=Example Inc.,CN=www.example.com", OV);
    }

    /** 7.1.2.7.3. */
    public static TestPki.CertBuilder ivSubscriber() {
        return subscriber("C=US,ST=California,L=San Francisco,SURNAME=Example,GIVENNAME=Alice,CN=www.example.com", IV);
    }

    /** 7.1.2.7.5 with the EV Guidelines' subject. */
    public static TestPki.CertBuilder evSubscriber() {
        return subscriber(new X500Name("1.3.6.1.4.1.311.60.2.1.3=US,1.3.6.1.4.1.311.60.2.1.2=Delaware,BusinessCategory=Private Organization,"
                + "SERIALNUMBER=1234567,C=US,ST=California,L=San Francisco,O=Example Inc.,CN=www.example.com"), EV);
    }

    private static TestPki.CertBuilder subscriber(String subject, ASN1ObjectIdentifier policy) {
        return subscriber(new X500Name(subject), policy);
    }

    private static TestPki.CertBuilder subscriber(X500Name subject, ASN1ObjectIdentifier policy) {
        return TestPki.certificate().subject(subject).issuer(CA_SUBJECT).validity(ISSUED, "2025-08-29T23:59:59Z")
                .dnsNames("www.example.com", "example.com").ekus(KeyPurposeId.id_kp_serverAuth)
                .without(Extension.subjectKeyIdentifier)
                .extension(Extension.authorityInfoAccess, false, aia(CA_ISSUERS_URL, OCSP_URL))
                .extension(Extension.cRLDistributionPoints, false, crlDistributionPoints(CRL_URL))
                .extension(Extension.certificatePolicies, false, policies(policy));
    }

    public static AuthorityInformationAccess aia(String caIssuers, String ocsp) {
        List<AccessDescription> descriptions = new ArrayList<>();
        if (caIssuers != null) {
            descriptions.add(new AccessDescription(AccessDescription.id_ad_caIssuers, new GeneralName(GeneralName.uniformResourceIdentifier, caIssuers)));
        }
        if (ocsp != null) {
            descriptions.add(new AccessDescription(AccessDescription.id_ad_ocsp, new GeneralName(GeneralName.uniformResourceIdentifier, ocsp)));
        }
        return AuthorityInformationAccess.getInstance(new DERSequence(descriptions.toArray(ASN1Encodable[]::new)));
    }

    public static AuthorityInformationAccess aia(AccessDescription... descriptions) {
        return AuthorityInformationAccess.getInstance(new DERSequence(descriptions));
    }

    public static CRLDistPoint crlDistributionPoints(String url) {
        return new CRLDistPoint(new DistributionPoint[] {new DistributionPoint(new DistributionPointName(
                new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, url))), null, null)});
    }

    public static CertificatePolicies policies(ASN1ObjectIdentifier... oids) {
        PolicyInformation[] information = new PolicyInformation[oids.length];
        for (int i = 0; i < oids.length; i++) {
            information[i] = new PolicyInformation(oids[i]);
        }
        return new CertificatePolicies(information);
    }

    /** One policy with a CPS pointer qualifier. */
    public static CertificatePolicies policyWithCps(ASN1ObjectIdentifier oid, String cps) {
        return new CertificatePolicies(new PolicyInformation(oid,
                new DERSequence(new PolicyQualifierInfo(PolicyQualifierInfo.getInstance(new DERSequence(new ASN1Encodable[] {
                    org.bouncycastle.asn1.x509.PolicyQualifierId.id_qt_cps, new DERIA5String(cps)})).getPolicyQualifierId(),
                        new DERIA5String(cps)))));
    }
}
