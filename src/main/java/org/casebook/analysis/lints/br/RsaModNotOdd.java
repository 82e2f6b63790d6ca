package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "w_rsa_mod_not_odd",
        description = "The modulus of an RSA key should be odd.",
        citation = "BRs: 6.1.6", source = LintSource.CABF_BR, effective = LintDates.BR_1_1_3)
public class RsaModNotOdd extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.publicKeyAlgorithm().equals(PKCSObjectIdentifiers.rsaEncryption) && certificate.rsaModulus() != null
                && certificate.rsaPublicExponent() != null;
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(!certificate.rsaModulus().testBit(0), metadata().severity(), "RSA modulus is even");
    }
}
