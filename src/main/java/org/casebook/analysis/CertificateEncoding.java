package org.casebook.analysis;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1Boolean;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.Time;

/**
 * Byte-level facts about a certificate's encoding that Bouncy Castle's objects do not keep: where the
 * TBSCertificate lies in the original bytes (what was signed), a TLV's content octets, the two ASN.1 time
 * forms read directly, and the DEFAULT fields DER leaves out (which the schema-free {@link DerScanner}
 * cannot see).
 */
final class CertificateEncoding {

    private CertificateEncoding() {
    }

    /**
     * The TBSCertificate exactly as signed: its bytes within the original encoding, or null when the
     * outer structure uses an indefinite length that hides where it ends without a full parse.
     */
    static byte[] tbsSlice(byte[] der) {
        try {
            int outerLength = der[1] & 0xff;
            int tbsStart = 2 + ((outerLength & 0x80) != 0 && outerLength != 0x80 ? outerLength & 0x7f : 0);
            int tbsLengthOctet = der[tbsStart + 1] & 0xff;
            if (der[tbsStart] != 0x30 || tbsLengthOctet == 0x80) {
                return null;
            }
            long length = tbsLengthOctet;
            int header = 2;
            if ((tbsLengthOctet & 0x80) != 0) {
                int count = tbsLengthOctet & 0x7f;
                length = 0;
                for (int i = 0; i < count; i++) {
                    length = (length << 8) | (der[tbsStart + 2 + i] & 0xff);
                }
                header += count;
            }
            long end = tbsStart + header + length;
            return end > der.length ? null : Arrays.copyOfRange(der, tbsStart, (int) end);
        } catch (ArrayIndexOutOfBoundsException e) {
            return null;
        }
    }

    /** Content octets of a DER TLV with a short or long length form. */
    static byte[] contentOctets(byte[] tlv) {
        int lengthByte = tlv[1] & 0xff;
        int offset = 2;
        if (lengthByte > 0x80) {
            offset += lengthByte & 0x7f;
        }
        byte[] content = new byte[tlv.length - offset];
        System.arraycopy(tlv, offset, content, 0, content.length);
        return content;
    }

    /**
     * The canonical forms (YYMMDDHHMMSSZ, YYYYMMDDHHMMSSZ) read directly, since Bouncy Castle's
     * SimpleDateFormat path costs more than a whole lint; anything else goes through Bouncy Castle.
     */
    static Instant instant(Time time) {
        ASN1Primitive primitive = time.toASN1Primitive();
        try {
            byte[] encoded = primitive.getEncoded();
            int length = encoded.length - 2;
            if (encoded[1] == length && encoded[encoded.length - 1] == 'Z') {
                if (encoded[0] == 0x17 && length == 13) {
                    int yy = digits(encoded, 2, 2);
                    return instant(yy >= 50 ? 1900 + yy : 2000 + yy, encoded, 4);
                }
                if (encoded[0] == 0x18 && length == 15) {
                    return instant(digits(encoded, 2, 4), encoded, 6);
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall through to Bouncy Castle's reading
        }
        return time.getDate().toInstant();
    }

    private static Instant instant(int year, byte[] text, int from) {
        return LocalDateTime.of(year, digits(text, from, 2), digits(text, from + 2, 2), digits(text, from + 4, 2),
                digits(text, from + 6, 2), digits(text, from + 8, 2)).toInstant(ZoneOffset.UTC);
    }

    private static int digits(byte[] text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            int digit = text[i] - '0';
            if (digit < 0 || digit > 9) {
                throw new IllegalArgumentException("not a digit");
            }
            value = value * 10 + digit;
        }
        return value;
    }

    /**
     * X.690 11.5: DER leaves out a field that holds its DEFAULT value. The scanner cannot see this
     * without the schema; these are the two DEFAULTs of the certificate structure itself.
     */
    static String explicitDefault(Certificate certificate) {
        ASN1Sequence tbs = ASN1Sequence.getInstance(certificate.getTBSCertificate().toASN1Primitive());
        if (tbs.getObjectAt(0) instanceof ASN1TaggedObject tagged && tagged.getTagNo() == 0
                && tagged.getBaseObject() instanceof ASN1Integer version && version.hasValue(0)) {
            return "not DER: version v1 is encoded explicitly, but it is the DEFAULT and DER omits it";
        }
        for (ASN1Encodable field : tbs) {
            if (field instanceof ASN1TaggedObject tagged && tagged.getTagNo() == 3 && tagged.getBaseObject() instanceof ASN1Sequence extensions) {
                for (ASN1Encodable element : extensions) {
                    if (element instanceof ASN1Sequence extension && extension.size() == 3
                            && extension.getObjectAt(1) instanceof ASN1Boolean critical && !critical.isTrue()) {
                        return "not DER: extension " + extension.getObjectAt(0) + " encodes critical FALSE, but it is the DEFAULT and DER omits it";
                    }
                }
            }
        }
        return null;
    }
}
