package org.casebook.analysis.lints.rfc5280;

import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateView;

/**
 * The keyUsage BIT STRING as a mask where bit n is named bit n of RFC 5280 4.2.1.3
 * (digitalSignature = 1 << 0 ... decipherOnly = 1 << 8).
 */
final class KeyUsageBits {

    static final int DIGITAL_SIGNATURE = 1;
    static final int NON_REPUDIATION = 1 << 1;
    static final int KEY_ENCIPHERMENT = 1 << 2;
    static final int DATA_ENCIPHERMENT = 1 << 3;
    static final int KEY_AGREEMENT = 1 << 4;
    static final int KEY_CERT_SIGN = 1 << 5;
    static final int CRL_SIGN = 1 << 6;
    static final int ENCIPHER_ONLY = 1 << 7;
    static final int DECIPHER_ONLY = 1 << 8;

    private static final String[] NAMES = {"digitalSignature", "nonRepudiation", "keyEncipherment", "dataEncipherment",
        "keyAgreement", "keyCertSign", "cRLSign", "encipherOnly", "decipherOnly"};

    private KeyUsageBits() {
    }

    /** The mask, 0 when the extension is absent; -1 when it is present but not a BIT STRING. */
    static int of(CertificateView certificate) {
        Der value = RawCertificate.extensionValue(certificate, Extension.keyUsage);
        if (value == null) {
            return certificate.hasExtension(Extension.keyUsage) ? -1 : 0;
        }
        return mask(value);
    }

    static int mask(Der bitString) {
        if (!bitString.isUniversal(Der.BIT_STRING) || bitString.content().length == 0) {
            return -1;
        }
        byte[] content = bitString.content();
        int mask = 0;
        for (int bit = 0; bit < 9; bit++) {
            int index = 1 + bit / 8;
            if (index < content.length && (content[index] & (0x80 >> (bit % 8))) != 0) {
                mask |= 1 << bit;
            }
        }
        return mask;
    }

    static String names(int mask) {
        StringBuilder out = new StringBuilder();
        for (int bit = 0; bit < NAMES.length; bit++) {
            if ((mask & (1 << bit)) != 0) {
                out.append(out.length() == 0 ? "" : ", ").append(NAMES[bit]);
            }
        }
        return out.length() == 0 ? "none" : out.toString();
    }
}
