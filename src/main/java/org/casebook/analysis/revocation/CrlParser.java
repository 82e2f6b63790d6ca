package org.casebook.analysis.revocation;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1Boolean;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Enumerated;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.ASN1UTCTime;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.IssuingDistributionPoint;
import org.bouncycastle.asn1.x509.Time;
import org.casebook.analysis.DerScanner;
import org.casebook.analysis.PemBlocks;
import org.casebook.analysis.Signatures;

/**
 * Turns bytes (one PEM {@code X509 CRL} block or DER) into a {@link CrlView}, or says why they are not one CRL.
 * The bytes are first checked by {@link DerScanner}, bounded in size and depth; then the CertificateList of
 * RFC 5280 section 5.1 is read field by field, so that a failure names the field. Strict mode requires DER;
 * lenient mode accepts BER as zlint's parser does, so that defects become findings rather than a refusal.
 */
public final class CrlParser {

    /** Largest CRL accepted: big CAs publish CRLs of tens of MB (a million entries is about 40 MB). */
    public static final int MAX_CRL_BYTES = 64 * 1024 * 1024;

    private CrlParser() {
    }

    /** Parses one CRL in DER, or one PEM {@code X509 CRL} block. */
    public static CrlView parse(byte[] input) throws RevocationParseException {
        return parse(input, DerScanner.Rules.DER);
    }

    /** Parses as {@link #parse}, accepting BER encodings the way zlint's parser does. */
    public static CrlView parseLenient(byte[] input) throws RevocationParseException {
        return parse(input, DerScanner.Rules.BER);
    }

    private static CrlView parse(byte[] input, DerScanner.Rules rules) throws RevocationParseException {
        byte[] der = unwrapPem(input);
        DerScanner.Violation violation = DerScanner.check(der, rules, MAX_CRL_BYTES);
        if (violation != null) {
            throw new RevocationParseException("not a DER CRL: " + violation.message());
        }
        Reader reader = new Reader();
        try {
            return new CrlView(der, reader.read(der));
        } catch (IOException | RuntimeException e) {
            // Bouncy Castle reports a malformed field with an unchecked exception; name the field it was reading.
            throw new RevocationParseException("malformed CRL: " + reader.field + ": " + e.getMessage());
        }
    }

    static byte[] unwrapPem(byte[] input) throws RevocationParseException {
        if (input == null || input.length == 0) {
            throw new RevocationParseException("empty input");
        }
        if (input[0] == 0x30) {
            return input;
        }
        String text = new String(input, StandardCharsets.ISO_8859_1);
        if (!PemBlocks.looksLikePem(text)) {
            throw new RevocationParseException("neither DER (a SEQUENCE) nor PEM");
        }
        List<PemBlocks.Block> crls = PemBlocks.extract(text).stream().filter(b -> b.label().equals("X509 CRL")).toList();
        if (crls.size() != 1) {
            throw new RevocationParseException("expected one PEM block labelled X509 CRL, found " + crls.size());
        }
        if (!crls.get(0).decoded()) {
            throw new RevocationParseException(crls.get(0).problem());
        }
        return crls.get(0).der();
    }

    /** Reads the CertificateList, remembering which field it is in for the error message. */
    private static final class Reader {
        String field = "CertificateList";

        CrlView.Fields read(byte[] der) throws IOException, RevocationParseException {
            CrlView.Fields fields = new CrlView.Fields();
            ASN1Sequence certList = sequence(ASN1Primitive.fromByteArray(der), "CertificateList");
            if (certList.size() != 3) {
                throw new RevocationParseException("CertificateList has " + certList.size() + " elements, not 3");
            }
            field = "signatureAlgorithm";
            fields.signatureAlgorithm = AlgorithmIdentifier.getInstance(certList.getObjectAt(1));
            fields.signatureAlgorithmDer = certList.getObjectAt(1).toASN1Primitive().getEncoded(ASN1Encoding.DER);
            field = "signatureValue";
            fields.signature = DERBitString.getInstance(certList.getObjectAt(2)).getOctets();
            ASN1Sequence tbs = sequence(certList.getObjectAt(0), "tbsCertList");
            byte[] signed = Signatures.signedPart(der);
            fields.tbsDer = signed != null ? signed : tbs.getEncoded(ASN1Encoding.DER);
            readTbs(tbs, fields);
            return fields;
        }

        private void readTbs(ASN1Sequence tbs, CrlView.Fields fields) throws IOException, RevocationParseException {
            int i = 0;
            if (i < tbs.size() && tbs.getObjectAt(i) instanceof ASN1Integer version) {
                field = "version";
                fields.version = version.intValueExact() + 1;
                i++;
            }
            field = "signature";
            fields.tbsSignature = AlgorithmIdentifier.getInstance(element(tbs, i++, "signature"));
            field = "issuer";
            fields.issuer = X500Name.getInstance(element(tbs, i++, "issuer"));
            field = "thisUpdate";
            fields.thisUpdate = time(element(tbs, i++, "thisUpdate"));
            if (i < tbs.size() && isTime(tbs.getObjectAt(i))) {
                field = "nextUpdate";
                fields.nextUpdate = time(tbs.getObjectAt(i++));
            }
            if (i < tbs.size() && tbs.getObjectAt(i) instanceof ASN1Sequence revoked) {
                fields.revokedCertificatesPresent = true;
                fields.revokedCertificates = entries(revoked);
                i++;
            }
            if (i < tbs.size() && tbs.getObjectAt(i) instanceof ASN1TaggedObject tagged && tagged.getTagNo() == 0) {
                field = "crlExtensions";
                fields.extensions = extensions(sequence(tagged.getExplicitBaseObject(), "crlExtensions"), "crlExtensions");
                i++;
            }
            if (i < tbs.size()) {
                throw new RevocationParseException("unexpected element " + (i + 1) + " in tbsCertList");
            }
            for (RevocationExtension extension : fields.extensions) {
                if (extension.oid().equals(CrlView.CRL_NUMBER) && fields.crlNumber == null) {
                    field = "cRLNumber extension";
                    fields.crlNumber = ASN1Integer.getInstance(ASN1Primitive.fromByteArray(extension.value())).getValue();
                }
                if (extension.oid().equals(CrlView.ISSUING_DISTRIBUTION_POINT)) {
                    field = "issuingDistributionPoint extension";
                    fields.indirect |= IssuingDistributionPoint.getInstance(ASN1Primitive.fromByteArray(extension.value())).isIndirectCRL();
                }
            }
        }

        private List<RevokedEntry> entries(ASN1Sequence revoked) throws IOException, RevocationParseException {
            List<RevokedEntry> entries = new ArrayList<>(revoked.size());
            for (int n = 0; n < revoked.size(); n++) {
                field = "revokedCertificates entry " + (n + 1);
                ASN1Sequence entry = sequence(revoked.getObjectAt(n), field);
                if (entry.size() < 2 || entry.size() > 3) {
                    throw new RevocationParseException(field + " has " + entry.size() + " elements, not 2 or 3");
                }
                BigInteger serial = ASN1Integer.getInstance(entry.getObjectAt(0)).getValue();
                Instant revocationDate = time(entry.getObjectAt(1));
                List<RevocationExtension> extensions = entry.size() == 3
                        ? extensions(sequence(entry.getObjectAt(2), field + " extensions"), field + " extensions")
                        : List.of();
                Integer reason = null;
                for (RevocationExtension extension : extensions) {
                    if (extension.oid().equals(CrlView.REASON_CODE) && reason == null) {
                        reason = ASN1Enumerated.getInstance(ASN1Primitive.fromByteArray(extension.value())).intValueExact();
                    }
                }
                entries.add(new RevokedEntry(serial, revocationDate, reason, extensions));
            }
            return entries;
        }

        private static List<RevocationExtension> extensions(ASN1Sequence sequence, String where) throws RevocationParseException {
            List<RevocationExtension> extensions = new ArrayList<>(sequence.size());
            for (int n = 0; n < sequence.size(); n++) {
                ASN1Sequence extension = sequence(sequence.getObjectAt(n), where + " element " + (n + 1));
                if (extension.size() < 2 || extension.size() > 3) {
                    throw new RevocationParseException(where + " element " + (n + 1) + " is not an Extension");
                }
                ASN1ObjectIdentifier oid = ASN1ObjectIdentifier.getInstance(extension.getObjectAt(0));
                boolean critical = extension.size() == 3 && ASN1Boolean.getInstance(extension.getObjectAt(1)).isTrue();
                byte[] value = ASN1OctetString.getInstance(extension.getObjectAt(extension.size() - 1)).getOctets();
                extensions.add(new RevocationExtension(oid.getId(), critical, value));
            }
            return extensions;
        }

        private static ASN1Encodable element(ASN1Sequence sequence, int index, String name) throws RevocationParseException {
            if (index >= sequence.size()) {
                throw new RevocationParseException("tbsCertList ends before its " + name);
            }
            return sequence.getObjectAt(index);
        }

        private static ASN1Sequence sequence(ASN1Encodable encodable, String name) throws RevocationParseException {
            if (encodable instanceof ASN1Sequence sequence) {
                return sequence;
            }
            throw new RevocationParseException(name + " is not a SEQUENCE");
        }
    }

    static boolean isTime(ASN1Encodable encodable) {
        return encodable instanceof ASN1UTCTime || encodable instanceof ASN1GeneralizedTime;
    }

    static Instant time(ASN1Encodable encodable) throws RevocationParseException, IOException {
        if (!isTime(encodable)) {
            throw new RevocationParseException("a time field is neither UTCTime nor GeneralizedTime");
        }
        byte[] text = ((ASN1Primitive) encodable).getEncoded(ASN1Encoding.DER);
        Instant fast = derTime(text);
        // the DER forms (RFC 5280 4.1.2.5) are read directly: a CRL of a million entries has a million of them
        return fast != null ? fast : Time.getInstance(encodable).getDate().toInstant();
    }

    /** UTCTime YYMMDDHHMMSSZ or GeneralizedTime YYYYMMDDHHMMSSZ from its encoding; null for any other form. */
    private static Instant derTime(byte[] encoded) {
        boolean utc = encoded[0] == 0x17 && encoded.length == 15;
        boolean generalized = encoded[0] == 0x18 && encoded.length == 17;
        if (!utc && !generalized || encoded[encoded.length - 1] != 'Z') {
            return null;
        }
        int pos = 2;
        int year;
        if (utc) {
            int yy = digits(encoded, pos);
            year = yy >= 50 ? 1900 + yy : 2000 + yy; // RFC 5280 4.1.2.5.1
            pos += 2;
        } else {
            int high = digits(encoded, pos);
            int low = digits(encoded, pos + 2);
            if (high < 0 || low < 0) {
                return null;
            }
            year = high * 100 + low;
            pos += 4;
        }
        int month = digits(encoded, pos);
        int day = digits(encoded, pos + 2);
        int hour = digits(encoded, pos + 4);
        int minute = digits(encoded, pos + 6);
        int second = digits(encoded, pos + 8);
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return java.time.LocalDateTime.of(year, month, day, hour, minute, second).toInstant(java.time.ZoneOffset.UTC);
    }

    private static int digits(byte[] text, int at) {
        int tens = text[at] - '0';
        int ones = text[at + 1] - '0';
        return tens < 0 || tens > 9 || ones < 0 || ones > 9 ? -1 : tens * 10 + ones;
    }
}
