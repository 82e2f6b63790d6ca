package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintRegistry;
import org.casebook.analysis.LintStatus;
import org.casebook.testpki.TestPki;
import org.casebook.testpki.TestPki.CertBuilder;

/** Certificates and lint runs shared by the Baseline Requirements lint tests of this package. */
final class BrLintCases {

    private BrLintCases() {
    }

    static final ASN1ObjectIdentifier DV_POLICY = new ASN1ObjectIdentifier("2.23.140.1.2.1");

    static LintStatus run(String code, CertBuilder certificate) {
        CertificateLint lint = LintRegistry.discover().byCode(code).orElseThrow();
        return lint.run(certificate.view()).status();
    }

    static CertBuilder subscriber() {
        return TestPki.certificate().notBefore("2024-06-01T00:00:00Z");
    }

    static CertBuilder withPolicy(CertBuilder certificate, PolicyInformation... policies) {
        return certificate.extension(Extension.certificatePolicies, false, new CertificatePolicies(policies));
    }

    static LintStatus lint(String code, TestPki.CertBuilder builder) {
        return lint(code, builder.view());
    }

    static LintStatus lint(String code, CertificateView certificate) {
        return LintRegistry.discover().byCode(code).orElseThrow(() -> new AssertionError("no lint " + code))
                .run(certificate).status();
    }

    static CertificatePolicies policy(ASN1ObjectIdentifier oid) {
        return new CertificatePolicies(new PolicyInformation(oid));
    }
}
