package org.casebook.analysis.lints.br;

import java.math.BigInteger;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_old_sub_cert_rsa_mod_less_than_1024_bits",
        description = "A subscriber certificate with an RSA key expiring before 2014 must have a modulus of at least 1024 bits.",
        citation = "BRs: 6.1.5", source = LintSource.CABF_BR)
public class OldSubCertRsaModLessThan1024Bits extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.rsaModulus() != null && !certificate.isCa()
                && certificate.notAfter().isBefore(OldSubCaRsaModLessThan1024Bits.BEFORE_2014);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        BigInteger modulus = certificate.rsaModulus();
        return modulus.bitLength() < 1024 ? LintResult.error("RSA modulus is " + modulus.bitLength() + " bits") : LintResult.PASS;
    }
}
