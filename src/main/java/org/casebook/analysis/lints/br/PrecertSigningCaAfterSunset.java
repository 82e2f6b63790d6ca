package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

/**
 * Judged on every subordinate CA rather than on the precertificate signing CA profile alone, so that a CA certificate
 * issued after the sunset without the purpose passes. Precertificates signed by such a CA after 2026-03-15 are also
 * prohibited, but a precertificate alone does not show whether its issuer is a precertificate signing CA.
 */
@LintSpec(code = "e_precert_signing_ca_after_sunset",
        description = "From 2026-03-15 the Technically Constrained Precertificate Signing CA profile must not be used: no CA certificate may assert the Precertificate Signing purpose (1.3.6.1.4.1.11129.2.4.4).",
        citation = "BRs: 7.1.2.4, 7.1.2.9 (Ballot SC-092, BRs 2.1.8)", source = LintSource.CABF_BR, effective = LintDates.BALLOT_SC92)
public class PrecertSigningCaAfterSunset extends BrProfileLint {

    private static final org.bouncycastle.asn1.x509.KeyPurposeId PRECERTIFICATE_SIGNING = org.bouncycastle.asn1.x509.KeyPurposeId.getInstance(
            new org.bouncycastle.asn1.ASN1ObjectIdentifier("1.3.6.1.4.1.11129.2.4.4"));

    public PrecertSigningCaAfterSunset() {
        super(SUBORDINATE_CA_PROFILES);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(certificate.extendedKeyUsages().contains(PRECERTIFICATE_SIGNING), metadata().severity(),
                "CA certificate asserts the Precertificate Signing purpose after the profile's sunset");
    }
}
