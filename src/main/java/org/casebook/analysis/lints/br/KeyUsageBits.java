package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.x509.KeyUsage;
import org.casebook.analysis.CertificateView;

/** The nine RFC 5280 key usage bits as one mask (Bouncy Castle's bit values); 0 when the extension is absent. */
public final class KeyUsageBits {

    public static final int ALL = KeyUsage.digitalSignature | KeyUsage.nonRepudiation | KeyUsage.keyEncipherment
            | KeyUsage.dataEncipherment | KeyUsage.keyAgreement | KeyUsage.keyCertSign | KeyUsage.cRLSign
            | KeyUsage.encipherOnly | KeyUsage.decipherOnly;

    private KeyUsageBits() {
    }

    public static int of(CertificateView certificate) {
        KeyUsage usage = certificate.keyUsage();
        if (usage == null) {
            return 0;
        }
        int mask = 0;
        for (int bit : new int[] {KeyUsage.digitalSignature, KeyUsage.nonRepudiation, KeyUsage.keyEncipherment,
                KeyUsage.dataEncipherment, KeyUsage.keyAgreement, KeyUsage.keyCertSign, KeyUsage.cRLSign,
                KeyUsage.encipherOnly, KeyUsage.decipherOnly}) {
            if (usage.hasUsages(bit)) {
                mask |= bit;
            }
        }
        return mask;
    }
}
