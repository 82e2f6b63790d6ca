package org.casebook.analysis;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.Extension;

/**
 * One SCT from the RFC 6962 embedded list (section 3.2-3.3): which log, and when it promised to log
 * the certificate, with the rest of the structure as written (extensions, and the log's signature
 * with its TLS hash and signature algorithm codes).
 */
public record SignedCertificateTimestamp(int version, byte[] logId, Instant timestamp, byte[] extensions,
        int hashAlgorithm, int signatureAlgorithm, byte[] signature) {

    /** An SCT known only by its log and time (other fields empty). */
    public SignedCertificateTimestamp(int version, byte[] logId, Instant timestamp) {
        this(version, logId, timestamp, new byte[0], -1, -1, new byte[0]);
    }

    public String logIdBase64() {
        return Base64.getEncoder().encodeToString(logId);
    }

    public String logIdHex() {
        return HexFormat.of().formatHex(logId);
    }

    /** The list as parsed: the SCTs read in order, and why reading stopped early (null when it did not). */
    public record SctList(List<SignedCertificateTimestamp> scts, String problem) {
        static final SctList ABSENT = new SctList(List.of(), null);
    }

    static List<SignedCertificateTimestamp> parseList(Extension extension) {
        return read(extension).scts();
    }

    /**
     * Parses the TLS-encoded SignedCertificateTimestampList inside the extension's OCTET STRING.
     * A malformed list yields the SCTs read before the fault and the fault itself.
     */
    static SctList read(Extension extension) {
        if (extension == null) {
            return SctList.ABSENT;
        }
        List<SignedCertificateTimestamp> out = new ArrayList<>();
        byte[] tls;
        try {
            tls = ASN1OctetString.getInstance(ASN1Primitive.fromByteArray(extension.getExtnValue().getOctets())).getOctets();
        } catch (Exception e) {
            return new SctList(List.of(), "the extension value is not an OCTET STRING");
        }
        ByteBuffer buffer = ByteBuffer.wrap(tls);
        if (buffer.remaining() < 2) {
            return new SctList(List.of(), "the list has no length prefix");
        }
        int listLength = buffer.getShort() & 0xffff;
        if (listLength != buffer.remaining()) {
            return new SctList(List.of(), "the list declares " + listLength + " bytes but " + buffer.remaining() + " follow");
        }
        while (buffer.hasRemaining()) {
            int index = out.size() + 1;
            if (buffer.remaining() < 2) {
                return new SctList(out, "SCT " + index + " has no length prefix");
            }
            int sctLength = buffer.getShort() & 0xffff;
            if (sctLength > buffer.remaining()) {
                return new SctList(out, "SCT " + index + " declares " + sctLength + " bytes but " + buffer.remaining() + " remain");
            }
            ByteBuffer sct = buffer.slice(buffer.position(), sctLength);
            buffer.position(buffer.position() + sctLength);
            String problem = readOne(sct, out);
            if (problem != null) {
                return new SctList(out, "SCT " + index + ": " + problem);
            }
        }
        return new SctList(List.copyOf(out), null);
    }

    private static String readOne(ByteBuffer sct, List<SignedCertificateTimestamp> out) {
        // version(1) logId(32) timestamp(8) extensions<2> hash(1) signature(1) signature<2>
        if (sct.remaining() < 1 + 32 + 8 + 2) {
            return "too short (" + sct.remaining() + " bytes)";
        }
        int version = sct.get() & 0xff;
        byte[] logId = new byte[32];
        sct.get(logId);
        long millis = sct.getLong();
        int extensionsLength = sct.getShort() & 0xffff;
        if (extensionsLength > sct.remaining()) {
            return "extensions run past the end";
        }
        byte[] extensions = new byte[extensionsLength];
        sct.get(extensions);
        if (sct.remaining() < 4) {
            return "no signature";
        }
        int hash = sct.get() & 0xff;
        int signatureAlgorithm = sct.get() & 0xff;
        int signatureLength = sct.getShort() & 0xffff;
        if (signatureLength != sct.remaining()) {
            return "signature declares " + signatureLength + " bytes but " + sct.remaining() + " remain";
        }
        byte[] signature = new byte[signatureLength];
        sct.get(signature);
        if (millis < 0) {
            return "negative timestamp";
        }
        out.add(new SignedCertificateTimestamp(version, logId, Instant.ofEpochMilli(millis), extensions, hash, signatureAlgorithm, signature));
        return null;
    }
}
