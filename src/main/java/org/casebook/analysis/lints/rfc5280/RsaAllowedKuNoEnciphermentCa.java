package org.casebook.analysis.lints.rfc5280;

import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Der;
import org.casebook.analysis.lints.support.KeyUsageBits;

@LintSpec(code = "e_rsa_allowed_ku_no_encipherment_ca",
        description = "An RSA CA certificate that asserts keyCertSign or cRLSign should assert neither keyEncipherment nor dataEncipherment.",
        citation = "RFC 3279: 2.3.1", source = LintSource.RFC_OTHER, effective = LintDates.RFC_3279_PUBLISHED)
public class RsaAllowedKuNoEnciphermentCa extends KeyUsageLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return super.applies(certificate) && certificate.isCa() && certificate.publicKeyAlgorithm().equals(PKCSObjectIdentifiers.rsaEncryption);
    }

    @Override
    protected LintResult check(CertificateView certificate, Der bitString) {
        int mask = KeyUsageBits.mask(bitString);
        boolean signing = (mask & (KeyUsageBits.KEY_CERT_SIGN | KeyUsageBits.CRL_SIGN)) != 0;
        int encipherment = mask & (KeyUsageBits.KEY_ENCIPHERMENT | KeyUsageBits.DATA_ENCIPHERMENT);
        if (!signing || encipherment == 0) {
            return LintResult.PASS;
        }
        return LintResult.failIf(true, metadata().severity(), "RSA CA certificate signs certificates or CRLs and also asserts " + KeyUsageBits.names(encipherment));
    }
}
