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

    public static String issuerNameHash(CertificateView view) {
        return nameHash(view.issuer());
    }

    public static String subjectNameHash(CertificateView view) {
        return nameHash(view.subject());
    }

    public static String spkiSha256(CertificateView view) {
        return HEX.formatHex(view.spkiSha256());
    }

    /** Hex authority key identifier, or null. */
    public static String authorityKeyId(CertificateView view) {
        byte[] aki = view.authorityKeyIdentifier();
        return aki == null ? null : HEX.formatHex(aki);
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
