package org.casebook.revocation;

/** The page paths of CRLs and OCSP responses on file. */
public final class RevocationUrls {

    private RevocationUrls() {
    }

    public static String crl(String sha256) {
        return "/crls/" + sha256;
    }

    public static String ocspResponse(String sha256) {
        return "/ocsp-responses/" + sha256;
    }

    public static String of(RevocationItems.Kind kind, String sha256) {
        return kind == RevocationItems.Kind.CRL ? crl(sha256) : ocspResponse(sha256);
    }
}
