package org.casebook.report;

import java.time.Instant;

/** Keys of the sets of certificates behind the rows of a corpus report, as they appear in URLs ({@code ?select=}). */
public final class Selection {

    public static final String ALL = "all";
    public static final String BACKDATED = "backdated";

    private Selection() {
    }

    public static String finding(String code) {
        return "finding:" + code;
    }

    public static String issuer(String issuerNameHash) {
        return "issuer:" + issuerNameHash;
    }

    public static String template(String issuerNameHash, Instant notAfter) {
        return "template:" + issuerNameHash + ":" + notAfter;
    }

    public static String duplicate(String issuerNameHash, String serialHex) {
        return "duplicate:" + issuerNameHash + ":" + serialHex;
    }
}
