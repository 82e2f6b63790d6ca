package org.casebook.analysis.lints.support;

import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.casebook.analysis.CertificateView;

/**
 * The keyUsage BIT STRING as a mask where bit n is named bit n of RFC 5280 4.2.1.3
 * (digitalSignature = 1 << 0 ... decipherOnly = 1 << 8). Not Bouncy Castle's {@link KeyUsage} constants,
 * which number the bits the other way round (digitalSignature = 0x80): compare masks only with the names here.
 */
public final class KeyUsageBits {

    public static final int DIGITAL_SIGNATURE = 1;
    public static final int NON_REPUDIATION = 1 << 1;
    public static final int KEY_ENCIPHERMENT = 1 << 2;
    public static final int DATA_ENCIPHERMENT = 1 << 3;
    public static final int KEY_AGREEMENT = 1 << 4;
    public static final int KEY_CERT_SIGN = 1 << 5;
    public static final int CRL_SIGN = 1 << 6;
    public static final int ENCIPHER_ONLY = 1 << 7;
    public static final int DECIPHER_ONLY = 1 << 8;

    /** Bouncy Castle's value for each named bit, in RFC 5280 order. */
    private static final int[] BOUNCY_CASTLE_BITS = {KeyUsage.digitalSignature, KeyUsage.nonRepudiation,
        KeyUsage.keyEncipherment, KeyUsage.dataEncipherment, KeyUsage.keyAgreement, KeyUsage.keyCertSign, KeyUsage.cRLSign,
        KeyUsage.encipherOnly, KeyUsage.decipherOnly};

    private static final String[] NAMES = {"digitalSignature", "nonRepudiation", "keyEncipherment", "dataEncipherment",
        "keyAgreement", "keyCertSign", "cRLSign", "encipherOnly", "decipherOnly"};

    private KeyUsageBits() {
    }

    /** The mask, 0 when the extension is absent; -1 when it is present but not a BIT STRING. */
    public static int of(CertificateView certificate) {
        Der value = RawCertificate.extensionValue(certificate, Extension.keyUsage);
        if (value == null) {
            return certificate.hasExtension(Extension.keyUsage) ? -1 : 0;
        }
        return mask(value);
    }

    /**
     * The mask as Bouncy Castle decodes the extension ({@link CertificateView#keyUsage}): 0 when it is absent or
     * cannot be decoded, as the BR lints read it (zlint's certificate library does the same).
     */
    public static int decoded(CertificateView certificate) {
        KeyUsage usage = certificate.keyUsage();
        if (usage == null) {
            return 0;
        }
        int mask = 0;
        for (int bit = 0; bit < BOUNCY_CASTLE_BITS.length; bit++) {
            if (usage.hasUsages(BOUNCY_CASTLE_BITS[bit])) {
                mask |= 1 << bit;
            }
        }
        return mask;
    }

    public static int mask(Der bitString) {
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

    public static String names(int mask) {
        StringBuilder out = new StringBuilder();
        for (int bit = 0; bit < NAMES.length; bit++) {
            if ((mask & (1 << bit)) != 0) {
                out.append(out.length() == 0 ? "" : ", ").append(NAMES[bit]);
            }
        }
        return out.length() == 0 ? "none" : out.toString();
    }
}
