package org.casebook.analysis;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.TBSCertificate;
import org.bouncycastle.util.Properties;

/**
 * The decoding behind {@code CertificateParser}: bytes to Bouncy Castle's certificate structure, or the
 * precise reason they are not one certificate. Knows nothing of the view built from the result.
 */
final class CertificateDecoder {

    /** A decoded certificate and what the decoding found out about its encoding. */
    record Decoded(Certificate certificate, Integer declaredVersion, boolean knownDer, boolean scannedAsDer) {
    }

    private static final String ALLOW_EMPTY_ISSUER = "org.bouncycastle.x509.allow_empty_issuer_cert";
    private static final String IGNORE_REPEATED_EXTENSIONS = "org.bouncycastle.x509.ignore_repeated_extensions";

    private CertificateDecoder() {
    }

    /** See {@code CertificateParser.parseLenient}. */
    static Decoded lenient(byte[] der) throws CertificateParseException {
        // Most certificates are DER: one scan under DER's rules then also answers nonDerReason() later
        // (DER's rules only add to BER's); the rest get the BER scan and its reasons.
        boolean scannedAsDer = startsAsSequence(der) && DerScanner.check(der, DerScanner.Rules.DER) == null;
        ASN1Primitive primitive = scannedAsDer ? decode(der) : readOne(der, DerScanner.Rules.BER);
        ASN1Sequence outer;
        try {
            outer = ASN1Sequence.getInstance(primitive);
        } catch (RuntimeException e) {
            throw new CertificateParseException("not a certificate: the outer element is not a SEQUENCE", e);
        }
        if (outer.size() != 3) {
            throw new CertificateParseException("not a certificate: the outer SEQUENCE has " + outer.size()
                    + " elements, expected 3 (tbsCertificate, signatureAlgorithm, signatureValue)");
        }
        boolean emptyIssuerWasAllowed = Properties.isOverrideSet(ALLOW_EMPTY_ISSUER);
        boolean repeatsWereIgnored = Properties.isOverrideSet(IGNORE_REPEATED_EXTENSIONS);
        Properties.setThreadOverride(ALLOW_EMPTY_ISSUER, true);
        Properties.setThreadOverride(IGNORE_REPEATED_EXTENSIONS, true);
        try {
            ASN1Sequence tbsSequence = ASN1Sequence.getInstance(outer.getObjectAt(0));
            Integer declaredVersion = null;
            TBSCertificate tbs;
            try {
                tbs = TBSCertificate.getInstance(tbsSequence);
            } catch (IllegalArgumentException e) {
                if (!isVersionMismatch(e)) {
                    throw e;
                }
                // RFC 5280 4.1.2.1 ties the fields to the version; zlint reads the fields anyway and
                // reports the mismatch (e_cert_extensions_version_not_3...). Bouncy Castle refuses,
                // so hand it the same TBS labelled v3 and remember what the certificate said.
                declaredVersion = declaredVersion(tbsSequence);
                tbs = TBSCertificate.getInstance(relabelledAsV3(tbsSequence));
            }
            Certificate certificate = Certificate.getInstance(new DERSequence(new ASN1Encodable[] {
                tbs, outer.getObjectAt(1), outer.getObjectAt(2) }));
            return new Decoded(certificate, declaredVersion, false, scannedAsDer);
        } catch (RuntimeException e) {
            throw new CertificateParseException("not a certificate: " + describe(e), e);
        } finally {
            restore(ALLOW_EMPTY_ISSUER, emptyIssuerWasAllowed);
            restore(IGNORE_REPEATED_EXTENSIONS, repeatsWereIgnored);
        }
    }

    /** See {@code CertificateParser.parseDer}. */
    static Decoded strict(byte[] der) throws CertificateParseException {
        ASN1Primitive primitive = readOne(der, DerScanner.Rules.DER);
        Certificate certificate;
        try {
            certificate = Certificate.getInstance(primitive);
        } catch (RuntimeException e) {
            throw new CertificateParseException("not a certificate: " + describe(e), e);
        }
        String explicitDefault = CertificateEncoding.explicitDefault(certificate);
        if (explicitDefault != null) {
            throw new CertificateParseException(explicitDefault);
        }
        return new Decoded(certificate, null, true, true);
    }

    /** Reads exactly one ASN.1 element that spans the whole input. */
    private static boolean startsAsSequence(byte[] der) {
        return der != null && der.length > 0 && der[0] == 0x30;
    }

    private static ASN1Primitive readOne(byte[] der, DerScanner.Rules rules) throws CertificateParseException {
        if (der != null && der.length > 0 && der[0] != 0x30) {
            throw new CertificateParseException(String.format("not a certificate: starts with tag 0x%02x, expected a SEQUENCE (0x30)", der[0] & 0xff));
        }
        // The scan bounds size and depth before Bouncy Castle builds anything, and names the exact fault.
        DerScanner.Violation violation = DerScanner.check(der, rules);
        if (violation != null) {
            throw new CertificateParseException(rules == DerScanner.Rules.DER && !structural(violation)
                    ? "not DER: " + violation.message() : violation.message());
        }
        return decode(der);
    }

    /** Bouncy Castle's reading of bytes the scanner has accepted. */
    private static ASN1Primitive decode(byte[] der) throws CertificateParseException {
        try (ASN1InputStream in = new ASN1InputStream(new ByteArrayInputStream(der), der.length)) {
            ASN1Primitive primitive = in.readObject();
            if (primitive == null) {
                throw new CertificateParseException("truncated: no complete ASN.1 object");
            }
            if (in.available() > 0) {
                int consumed = der.length - in.available();
                throw new CertificateParseException("trailing bytes: " + in.available() + " byte(s) after the certificate ends at offset " + consumed);
            }
            return primitive;
        } catch (IOException | RuntimeException e) {
            throw new CertificateParseException("malformed ASN.1: " + e.getMessage(), e);
        }
    }

    private static boolean structural(DerScanner.Violation violation) {
        String reason = violation.reason();
        return reason.startsWith("truncated") || reason.startsWith("trailing") || reason.startsWith("too large")
                || reason.startsWith("empty") || reason.startsWith("nested too deep");
    }

    private static boolean isVersionMismatch(IllegalArgumentException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("version 1 certificate contains extra data")
                || message.contains("version 2 certificate cannot contain extensions")
                || message.contains("version number not recognised");
    }

    /** The version field as written (1-based), or 1 when it is absent (its DEFAULT). */
    private static int declaredVersion(ASN1Sequence tbs) {
        ASN1Encodable first = tbs.getObjectAt(0);
        if (first instanceof ASN1TaggedObject tagged && tagged.getTagNo() == 0) {
            BigInteger value = ASN1Integer.getInstance(tagged, true).getValue();
            return value.bitLength() < 31 ? value.intValue() + 1 : Integer.MAX_VALUE;
        }
        return 1;
    }

    private static ASN1Sequence relabelledAsV3(ASN1Sequence tbs) {
        ASN1EncodableVector fields = new ASN1EncodableVector();
        fields.add(new DERTaggedObject(true, 0, new ASN1Integer(2)));
        int start = tbs.getObjectAt(0) instanceof ASN1TaggedObject tagged && tagged.getTagNo() == 0 ? 1 : 0;
        for (int i = start; i < tbs.size(); i++) {
            fields.add(tbs.getObjectAt(i));
        }
        return new DERSequence(fields);
    }

    private static void restore(String property, boolean wasSet) {
        if (!wasSet) {
            Properties.removeThreadOverride(property);
        }
    }

    private static String describe(RuntimeException e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        if (message.contains("issuer is an empty distinguished name")) {
            return "the issuer name is empty (RFC 5280 4.1.2.4 requires a non-empty issuer)";
        }
        if (message.startsWith("repeated extension found: ")) {
            return "extension " + message.substring("repeated extension found: ".length()).strip()
                    + " appears more than once (RFC 5280 4.2 allows each extension once)";
        }
        if (message.contains("version 1 certificate contains extra data")) {
            return "a version 1 certificate carries unique identifiers or extensions (RFC 5280 4.1.2.1)";
        }
        if (message.contains("version 2 certificate cannot contain extensions")) {
            return "a version 2 certificate carries extensions (RFC 5280 4.1.2.1: only version 3 may)";
        }
        return message;
    }
}
