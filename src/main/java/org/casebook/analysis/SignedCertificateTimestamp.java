package org.casebook.analysis;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.Extension;

/** One SCT from the RFC 6962 embedded list: which log, and when it promised to log the certificate. */
public record SignedCertificateTimestamp(int version, byte[] logId, Instant timestamp) {

    public String logIdBase64() {
        return Base64.getEncoder().encodeToString(logId);
    }

    /**
     * Parses the TLS-encoded SignedCertificateTimestampList inside the extension's OCTET STRING.
     * Malformed lists yield the SCTs read before the fault (possibly none).
     */
    static List<SignedCertificateTimestamp> parseList(Extension extension) {
        List<SignedCertificateTimestamp> out = new ArrayList<>();
        if (extension == null) {
            return out;
        }
        try {
            byte[] tls = ASN1OctetString.getInstance(ASN1Primitive.fromByteArray(extension.getExtnValue().getOctets())).getOctets();
            ByteBuffer buffer = ByteBuffer.wrap(tls);
            int listLength = buffer.getShort() & 0xffff;
            if (listLength > buffer.remaining()) {
                return out;
            }
            while (buffer.remaining() >= 2) {
                int sctLength = buffer.getShort() & 0xffff;
                if (sctLength > buffer.remaining() || sctLength < 1 + 32 + 8) {
                    return out;
                }
                ByteBuffer sct = buffer.slice(buffer.position(), sctLength);
                buffer.position(buffer.position() + sctLength);
                int version = sct.get() & 0xff;
                byte[] logId = new byte[32];
                sct.get(logId);
                long millis = sct.getLong();
                out.add(new SignedCertificateTimestamp(version, logId, Instant.ofEpochMilli(millis)));
            }
        } catch (Exception e) {
            return out;
        }
        return out;
    }
}
