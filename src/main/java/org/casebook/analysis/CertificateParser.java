package org.casebook.analysis;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.Certificate;

/** Turns bytes into a {@link CertificateView}, or says precisely why they are not one DER certificate. */
public final class CertificateParser {

    /** Upper bound on a certificate's size; real ones are a few KB. */
    public static final int MAX_CERTIFICATE_BYTES = 64 * 1024;

    private CertificateParser() {
    }

    /**
     * Parses without insisting on DER or on the absence of trailing bytes: for linting certificates
     * that are deliberately malformed (the zlint corpus has some). Uploads use {@link #parseDer}.
     */
    public static CertificateView parseLenient(byte[] der) throws CertificateParseException {
        try (ASN1InputStream in = new ASN1InputStream(new ByteArrayInputStream(der), der.length)) {
            ASN1Primitive primitive = in.readObject();
            if (primitive == null) {
                throw new CertificateParseException("truncated: no complete ASN.1 object");
            }
            return new CertificateView(der, Certificate.getInstance(primitive));
        } catch (IOException | RuntimeException e) {
            throw new CertificateParseException("not a certificate: " + e.getMessage(), e);
        }
    }

    public static CertificateView parseDer(byte[] der) throws CertificateParseException {
        if (der == null || der.length == 0) {
            throw new CertificateParseException("empty input");
        }
        if (der.length > MAX_CERTIFICATE_BYTES) {
            throw new CertificateParseException("too large: " + der.length + " bytes (limit " + MAX_CERTIFICATE_BYTES + ")");
        }
        if (der[0] != 0x30) {
            throw new CertificateParseException(String.format("not a certificate: starts with tag 0x%02x, expected a SEQUENCE (0x30)", der[0] & 0xff));
        }
        ASN1Primitive primitive;
        try (ASN1InputStream in = new ASN1InputStream(new ByteArrayInputStream(der), der.length)) {
            primitive = in.readObject();
            if (primitive == null) {
                throw new CertificateParseException("truncated: no complete ASN.1 object");
            }
            if (in.available() > 0) {
                int consumed = der.length - in.available();
                throw new CertificateParseException("trailing bytes: " + in.available() + " byte(s) after the certificate ends at offset " + consumed);
            }
        } catch (IOException | RuntimeException e) {
            throw new CertificateParseException("malformed ASN.1: " + e.getMessage(), e);
        }
        Certificate certificate;
        try {
            certificate = Certificate.getInstance(primitive);
        } catch (RuntimeException e) {
            throw new CertificateParseException("not a certificate: " + e.getMessage(), e);
        }
        try {
            byte[] reencoded = primitive.getEncoded(ASN1Encoding.DER);
            if (!Arrays.equals(reencoded, der)) {
                throw new CertificateParseException("not DER: the encoding is valid BER but not distinguished (first difference at offset "
                        + Arrays.mismatch(reencoded, der) + ")");
            }
        } catch (IOException e) {
            throw new CertificateParseException("malformed ASN.1: " + e.getMessage(), e);
        }
        return new CertificateView(der, certificate);
    }
}
