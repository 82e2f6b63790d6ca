package org.casebook.analysis.lints.br;

import java.math.BigInteger;
import java.time.Instant;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.CertificateRoles;

@LintSpec(code = "e_old_sub_ca_rsa_mod_less_than_1024_bits",
        description = "A subordinate CA certificate with an RSA key, valid from before 2011 and expiring before 2014, must have a modulus of at least 1024 bits.",
        citation = "BRs: 6.1.5", source = LintSource.CABF_BR)
public class OldSubCaRsaModLessThan1024Bits extends CertificateLint {

    static final Instant BEFORE_2014 = Instant.parse("2014-01-01T00:00:00Z");

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.rsaModulus() != null && CertificateRoles.isSubordinateCa(certificate)
                && certificate.notBefore().isBefore(OldRootCaRsaModLessThan2048Bits.BEFORE_2011)
                && certificate.notAfter().isBefore(BEFORE_2014);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        BigInteger modulus = certificate.rsaModulus();
        return modulus.bitLength() < 1024 ? LintResult.error("RSA modulus is " + modulus.bitLength() + " bits") : LintResult.PASS;
    }
}
