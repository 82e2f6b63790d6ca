package org.casebook.analysis.lints.br;

import static org.casebook.analysis.lints.br.BrLintCases.DV_POLICY;
import static org.casebook.analysis.lints.br.BrLintCases.lint;
import static org.casebook.analysis.lints.br.BrLintCases.policy;
import static org.casebook.analysis.lints.br.BrLintCases.run;
import static org.casebook.analysis.lints.br.BrLintCases.subscriber;
import static org.casebook.analysis.lints.br.BrLintCases.withPolicy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.casebook.analysis.LintStatus;
import org.casebook.testpki.TestPki;
import org.casebook.testpki.TestPki.CertBuilder;
import org.junit.jupiter.api.Test;
import org.casebook.analysis.lints.support.TlsPolicies;

/** Which certificates the Baseline Requirements lints judge (those that can serve TLS), and the subscriber EKU rules. */
class TlsScopeAndEkuLintsTests {

    private static final KeyPurposeId CT_PRECERTIFICATE_SIGNING = KeyPurposeId.getInstance(new ASN1ObjectIdentifier("1.3.6.1.4.1.11129.2.4.4"));

    @Test
    void baselineLintsSkipCertificatesThatCannotServeTls() {
        CertBuilder clientOnly = subscriber().ekus(KeyPurposeId.id_kp_clientAuth).dnsNames("intranet.corp");
        assertEquals(LintStatus.NA, run("e_dnsname_not_valid_tld", clientOnly));
        // A TLS policy OID brings the certificate back under the BRs, whatever its EKU.
        CertBuilder clientWithDvPolicy = withPolicy(subscriber().ekus(KeyPurposeId.id_kp_clientAuth).dnsNames("intranet.corp"),
                new PolicyInformation(TlsPolicies.DOMAIN_VALIDATED));
        assertEquals(LintStatus.ERROR, run("e_dnsname_not_valid_tld", clientWithDvPolicy));
    }

    @Test
    void baselineRequirementsLintsSkipCertificatesThatCannotServeTls() {
        TestPki.CertBuilder codeSigning = TestPki.certificate().ekus(KeyPurposeId.id_kp_codeSigning);
        assertEquals(LintStatus.NA, lint("e_sub_cert_aia_missing", codeSigning));
        // A CA/Browser Forum TLS policy OID makes it a TLS certificate whatever its EKU says.
        assertEquals(LintStatus.ERROR, lint("e_sub_cert_aia_missing",
                TestPki.certificate().ekus(KeyPurposeId.id_kp_codeSigning).extension(Extension.certificatePolicies, false, policy(DV_POLICY))));
    }

    @Test
    void subscriberEkuFromBr2MustBeServerAuthWithOptionalClientAuth() {
        String after = "2024-01-10T00:00:00Z";
        assertEquals(LintStatus.PASS, lint("e_sub_cert_eku_check", TestPki.certificate().notBefore(after)));
        assertEquals(LintStatus.ERROR, lint("e_sub_cert_eku_check",
                TestPki.certificate().notBefore(after).ekus(KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_codeSigning)));
        assertEquals(LintStatus.ERROR, lint("e_sub_cert_eku_check",
                TestPki.certificate().notBefore(after).ekus(KeyPurposeId.id_kp_serverAuth, CT_PRECERTIFICATE_SIGNING)));
        assertEquals(LintStatus.NE, lint("e_sub_cert_eku_check", TestPki.certificate().notBefore("2023-01-10T00:00:00Z")));
    }
}
