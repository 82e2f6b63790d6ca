package org.casebook.analysis.lints.br;

import static org.casebook.analysis.lints.br.BrLintCases.DV_POLICY;
import static org.casebook.analysis.lints.br.BrLintCases.lint;
import static org.casebook.analysis.lints.br.BrLintCases.policy;
import static org.casebook.analysis.lints.br.BrLintCases.run;
import static org.casebook.analysis.lints.br.BrLintCases.subscriber;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintStatus;
import org.casebook.testpki.TestPki;
import org.casebook.testpki.TestPki.CertBuilder;
import org.junit.jupiter.api.Test;
import org.casebook.analysis.lints.support.CertificateRoles;

/** CA certificates: key usage, EKUs of intermediates, CRL distribution points, and telling roots from subordinates. */
class CaCertificateLintsTests {

    private static CRLDistPoint crlDistributionPoints(String url) {
        GeneralNames names = new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, url));
        return new CRLDistPoint(new DistributionPoint[] {new DistributionPoint(new DistributionPointName(names), null, null)});
    }

    @Test
    void caCertificateNeedsKeyUsageWithCrlSign() {
        assertEquals(LintStatus.ERROR, run("e_ca_key_usage_missing", TestPki.certificate().ca().without(Extension.keyUsage)));
        assertEquals(LintStatus.PASS, run("e_ca_key_usage_missing", TestPki.certificate().ca()));
        assertEquals(LintStatus.PASS, run("e_ca_crl_sign_not_set", TestPki.certificate().ca()));
        assertEquals(LintStatus.PASS, run("e_ca_key_usage_not_critical", TestPki.certificate().ca()));
        assertEquals(LintStatus.NA, run("e_ca_crl_sign_not_set", subscriber()));
    }

    @Test
    void intermediateWithoutEkuIsANotice() {
        assertEquals(LintStatus.NOTICE, run("n_mp_allowed_eku", subscriber().ca()));
        assertEquals(LintStatus.NOTICE, run("n_mp_allowed_eku", subscriber().ca().ekus(KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_emailProtection)));
        assertEquals(LintStatus.PASS, run("n_mp_allowed_eku", subscriber().ca().ekus(KeyPurposeId.id_kp_serverAuth)));
        assertEquals(LintStatus.NA, run("n_mp_allowed_eku", subscriber().selfSignedRoot("C=US,O=Casebook,CN=Casebook Root")));
    }

    @Test
    void selfSignedNeedsAMatchingSignatureNotJustMatchingNames() {
        CertificateView root = TestPki.certificate().selfSignedRoot("C=US,O=Casebook,CN=Casebook Root").view();
        CertificateView crossSigned = TestPki.certificate().ca().subject("C=US,O=Casebook,CN=Casebook Root")
                .issuer("C=US,O=Casebook,CN=Casebook Root").issuerKey(TestPki.ecP256Key()).view();
        assertEquals(true, CertificateRoles.isRootCa(root));
        assertEquals(true, CertificateRoles.isSubordinateCa(crossSigned));
    }

    @Test
    void subordinateCaWithoutCrlDistributionPointsIsAnError() {
        TestPki.CertBuilder subCa = TestPki.certificate().ca().subject("C=US,O=Example,CN=Example Issuing CA");
        assertEquals(LintStatus.ERROR, lint("e_sub_ca_crl_distribution_points_missing", subCa));
        assertEquals(LintStatus.PASS, lint("e_sub_ca_crl_distribution_points_missing", TestPki.certificate().ca()
                .subject("C=US,O=Example,CN=Example Issuing CA")
                .extension(Extension.cRLDistributionPoints, false, crlDistributionPoints("http://crl.example.com/ca.crl"))));
        assertEquals(LintStatus.ERROR, lint("e_sub_ca_crl_distribution_points_does_not_contain_url", TestPki.certificate().ca()
                .subject("C=US,O=Example,CN=Example Issuing CA")
                .extension(Extension.cRLDistributionPoints, false, crlDistributionPoints("ldap://ldap.example.com/cn=ca"))));
    }

    @Test
    void rootCertificatesAreRecognisedByTheirOwnSignature() {
        TestPki.CertBuilder root = TestPki.certificate().selfSignedRoot("C=US,O=Example,CN=Example Root");
        assertEquals(LintStatus.PASS, lint("w_root_ca_contains_cert_policy", root));
        assertEquals(LintStatus.WARN, lint("w_root_ca_contains_cert_policy", TestPki.certificate()
                .selfSignedRoot("C=US,O=Example,CN=Example Root").extension(Extension.certificatePolicies, false, policy(DV_POLICY))));
        // Same names but signed by another key: a subordinate CA, not a root.
        TestPki.CertBuilder crossSigned = TestPki.certificate().ca().subject("C=US,O=Example,CN=Example Root")
                .issuer("C=US,O=Example,CN=Example Root").subjectKey(TestPki.ecP256Key());
        assertEquals(LintStatus.NA, lint("w_root_ca_contains_cert_policy", crossSigned));
    }
}
