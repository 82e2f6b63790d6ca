package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.SmallPrimeDivisors;

@LintSpec(code = "w_rsa_mod_factors_smaller_than_752",
        description = "The modulus of an RSA key should have no prime factor below 752.",
        citation = "BRs: 6.1.6", source = LintSource.CABF_BR, effective = LintDates.BR_1_1_3)
public class RsaModFactorsSmallerThan752 extends CertificateLint {

    private static final SmallPrimeDivisors SMALL_PRIMES = new SmallPrimeDivisors(751);

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.publicKeyAlgorithm().equals(PKCSObjectIdentifiers.rsaEncryption) && certificate.rsaModulus() != null
                && certificate.rsaPublicExponent() != null;
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        int prime = SMALL_PRIMES.smallestDividing(certificate.rsaModulus());
        return prime == 0 ? LintResult.PASS : LintResult.warn("RSA modulus is divisible by " + prime);
    }
}
