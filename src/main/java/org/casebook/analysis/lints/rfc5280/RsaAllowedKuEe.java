package org.casebook.analysis.lints.rfc5280;

import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Der;
import org.casebook.analysis.lints.support.KeyUsageBits;
import org.casebook.analysis.lints.support.Names;

@LintSpec(code = "e_rsa_allowed_ku_ee",
        description = "An end-entity certificate with an RSA key may assert only digitalSignature, nonRepudiation, keyEncipherment and dataEncipherment.",
        citation = "RFC 3279: 2.3.1", source = LintSource.RFC_OTHER, effective = LintDates.RFC_3279_PUBLISHED)
public class RsaAllowedKuEe extends KeyUsageLint {

    private static final int NOT_FOR_RSA_EE = KeyUsageBits.KEY_AGREEMENT | KeyUsageBits.KEY_CERT_SIGN | KeyUsageBits.CRL_SIGN
            | KeyUsageBits.ENCIPHER_ONLY | KeyUsageBits.DECIPHER_ONLY;

    @Override
    protected boolean applies(CertificateView certificate) {
        return super.applies(certificate) && certificate.publicKeyAlgorithm().equals(PKCSObjectIdentifiers.rsaEncryption)
                && Names.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate, Der bitString) {
        int forbidden = KeyUsageBits.mask(bitString) & NOT_FOR_RSA_EE;
        if (forbidden == 0) {
            return LintResult.PASS;
        }
        return LintResult.failIf(true, metadata().severity(), "RSA end-entity certificate asserts " + KeyUsageBits.names(forbidden));
    }
}
