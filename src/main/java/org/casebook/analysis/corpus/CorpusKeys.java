package org.casebook.analysis.corpus;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.x500.X500Name;
import org.casebook.analysis.CertificateView;

/** The keys a certificate is looked up by, computed the same way the stored columns are. */
public final class CorpusKeys {

    private static final HexFormat HEX = HexFormat.of();

    private CorpusKeys() {
    }

    /** Hex SHA-256 of a Name's DER encoding. */
    public static String nameHash(X500Name name) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(name.getEncoded(ASN1Encoding.DER)));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // Each corpus check of a certificate asks for these again; the DER encoding and digest are worked out once per view.
    private static final CertificateView.CacheKey ISSUER_NAME_HASH = new CertificateView.CacheKey("CorpusKeys.issuerNameHash");
    private static final CertificateView.CacheKey SUBJECT_NAME_HASH = new CertificateView.CacheKey("CorpusKeys.subjectNameHash");
    private static final CertificateView.CacheKey SPKI_SHA256 = new CertificateView.CacheKey("CorpusKeys.spkiSha256");

    public static String issuerNameHash(CertificateView view) {
        return view.cached(ISSUER_NAME_HASH, v -> nameHash(v.issuer()));
    }

    public static String subjectNameHash(CertificateView view) {
        return view.cached(SUBJECT_NAME_HASH, v -> nameHash(v.subject()));
    }

    public static String spkiSha256(CertificateView view) {
        return view.cached(SPKI_SHA256, v -> HEX.formatHex(v.spkiSha256()));
    }

    /** Hex authority key identifier, or null. */
    public static String authorityKeyId(CertificateView view) {
        return keyIdentifier(view.authorityKeyIdentifier());
    }

    /** Longest key identifier kept as hex; longer ones (never seen in practice) are kept as a digest. */
    static final int MAX_KEY_IDENTIFIER_OCTETS = 48;

    /**
     * A key identifier as stored and compared: lower-case hex, or for one over {@value #MAX_KEY_IDENTIFIER_OCTETS} octets
     * "sha256:" and the hex SHA-256 of its octets, so that equal identifiers still compare equal and the text stays short.
     */
    public static String keyIdentifier(byte[] identifier) {
        if (identifier == null) {
            return null;
        }
        if (identifier.length <= MAX_KEY_IDENTIFIER_OCTETS) {
            return HEX.formatHex(identifier);
        }
        try {
            return "sha256:" + HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(identifier));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Bits in the serial's value (its two's-complement content octets read as a signed number). */
    public static int serialBits(CertificateView view) {
        return view.serial().bitLength();
    }

    /** The same for a stored upper-case hex serial. */
    public static int serialBits(String serialHex) {
        return new java.math.BigInteger(HEX.parseHex(serialHex)).bitLength();
    }
}
