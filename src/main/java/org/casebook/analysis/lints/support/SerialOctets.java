package org.casebook.analysis.lints.support;

import org.casebook.analysis.CertificateView;

/** Counting the octets of a serial that carry value. */
public final class SerialOctets {

    private SerialOctets() {
    }

    /** Content octets without the 0x00 that only keeps a positive INTEGER's top bit clear. */
    public static int significant(CertificateView certificate) {
        byte[] octets = certificate.serialBytes();
        int start = 0;
        while (start < octets.length - 1 && octets[start] == 0) {
            start++;
        }
        return octets.length - start;
    }
}
