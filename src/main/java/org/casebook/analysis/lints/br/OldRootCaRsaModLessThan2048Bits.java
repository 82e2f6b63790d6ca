package org.casebook.analysis.lints.br;

import java.math.BigInteger;
import java.time.Instant;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.CertificateRoles;

@LintSpec(code = "e_old_root_ca_rsa_mod_less_than_2048_bits",
        description = "A root CA certificate with an RSA key valid from before 2011 must still have a modulus of at least 2048 bits.",
        citation = "BRs: 6.1.5", source = LintSource.CABF_BR)
public class OldRootCaRsaModLessThan2048Bits extends CertificateLint {

    static final Instant BEFORE_2011 = Instant.parse("2011-01-01T00:00:00Z");

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.rsaModulus() != null && CertificateRoles.isRootCa(certificate)
                && certificate.notBefore().isBefore(BEFORE_2011);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        BigInteger modulus = certificate.rsaModulus();
        return modulus.bitLength() < 2048 ? LintResult.error("root RSA modulus is " + modulus.bitLength() + " bits") : LintResult.PASS;
    }
}
