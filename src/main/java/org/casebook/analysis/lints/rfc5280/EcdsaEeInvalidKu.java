package org.casebook.analysis.lints.rfc5280;

import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.KeyUsageBits;
import org.casebook.analysis.lints.support.Names;

@LintSpec(code = "n_ecdsa_ee_invalid_ku",
        description = "An end-entity certificate with an elliptic-curve key is expected to assert only digitalSignature, nonRepudiation and keyAgreement.",
        citation = "RFC 5480: 3", source = LintSource.RFC_OTHER, effective = LintDates.BR_1_0_EFFECTIVE)
public class EcdsaEeInvalidKu extends CertificateLint {

    private static final int EXPECTED = KeyUsageBits.DIGITAL_SIGNATURE | KeyUsageBits.NON_REPUDIATION | KeyUsageBits.KEY_AGREEMENT;

    @Override
    protected boolean applies(CertificateView certificate) {
        // RFC 5480 3 constrains the key usage extension when present; without one there is nothing to judge.
        return certificate.hasExtension(Extension.keyUsage) && Names.isSubscriber(certificate)
                && certificate.publicKeyAlgorithm().equals(X9ObjectIdentifiers.id_ecPublicKey);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        int mask = KeyUsageBits.of(certificate);
        if (mask < 0) {
            return LintResult.NOT_APPLICABLE;
        }
        int unexpected = mask & ~EXPECTED;
        if (unexpected == 0) {
            return LintResult.PASS;
        }
        return LintResult.failIf(true, metadata().severity(), "EC end-entity certificate asserts " + KeyUsageBits.names(unexpected));
    }
}
