package org.casebook.analysis.lints.rfc5280;

import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Der;
import org.casebook.analysis.lints.support.KeyUsageBits;

@LintSpec(code = "e_ecdsa_allowed_ku",
        description = "A certificate with an elliptic-curve (id-ecPublicKey) key must not assert keyEncipherment or dataEncipherment.",
        citation = "RFC 8813: 3", source = LintSource.RFC_OTHER, effective = LintDates.RFC_8813_PUBLISHED)
public class EcdsaAllowedKu extends KeyUsageLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return super.applies(certificate) && certificate.publicKeyAlgorithm().equals(X9ObjectIdentifiers.id_ecPublicKey);
    }

    @Override
    protected LintResult check(CertificateView certificate, Der bitString) {
        int forbidden = KeyUsageBits.mask(bitString) & (KeyUsageBits.KEY_ENCIPHERMENT | KeyUsageBits.DATA_ENCIPHERMENT);
        if (forbidden == 0) {
            return LintResult.PASS;
        }
        return LintResult.failIf(true, metadata().severity(), "EC key certificate asserts " + KeyUsageBits.names(forbidden));
    }
}
