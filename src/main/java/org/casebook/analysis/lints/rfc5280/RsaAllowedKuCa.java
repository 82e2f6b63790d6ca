package org.casebook.analysis.lints.rfc5280;

import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Der;
import org.casebook.analysis.lints.support.KeyUsageBits;

@LintSpec(code = "e_rsa_allowed_ku_ca",
        description = "A CA certificate with an RSA key must not assert keyAgreement, encipherOnly or decipherOnly.",
        citation = "RFC 3279: 2.3.1", source = LintSource.RFC_OTHER, effective = LintDates.RFC_3279_PUBLISHED)
public class RsaAllowedKuCa extends KeyUsageLint {

    private static final int NOT_FOR_RSA = KeyUsageBits.KEY_AGREEMENT | KeyUsageBits.ENCIPHER_ONLY | KeyUsageBits.DECIPHER_ONLY;

    @Override
    protected boolean applies(CertificateView certificate) {
        return super.applies(certificate) && certificate.isCa() && certificate.publicKeyAlgorithm().equals(PKCSObjectIdentifiers.rsaEncryption);
    }

    @Override
    protected LintResult check(CertificateView certificate, Der bitString) {
        int forbidden = KeyUsageBits.mask(bitString) & NOT_FOR_RSA;
        if (forbidden == 0) {
            return LintResult.PASS;
        }
        return LintResult.failIf(true, metadata().severity(), "RSA CA certificate asserts " + KeyUsageBits.names(forbidden));
    }
}
