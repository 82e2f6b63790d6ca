package org.casebook.analysis.lints.br;

import java.time.Instant;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_rsa_mod_less_than_2048_bits",
        description = "An RSA key in a certificate expiring on or after 2014-01-01 must have a modulus of at least 2048 bits.",
        citation = "BRs: 6.1.5", source = LintSource.CABF_BR)
public class RsaModLessThan2048Bits extends CertificateLint {

    // BRs 6.1.5: 1024-bit RSA keys were retired for certificates valid from 2014 on.
    private static final Instant RSA_1024_END = Instant.parse("2014-01-01T00:00:00Z");

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.publicKeyAlgorithm().equals(PKCSObjectIdentifiers.rsaEncryption) && certificate.rsaModulus() != null
                && !certificate.notAfter().isBefore(RSA_1024_END);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        int bits = certificate.rsaModulus().bitLength();
        if (bits >= 2048) {
            return LintResult.PASS;
        }
        return LintResult.failIf(true, metadata().severity(), "RSA modulus is " + bits + " bits, under 2048");
    }
}
