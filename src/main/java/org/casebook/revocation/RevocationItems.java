package org.casebook.revocation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.casebook.analysis.PemBlocks;
import org.casebook.evidence.UploadParser.Part;

/**
 * Sorts an upload's parts before the certificate parser sees them: a DER CRL or OCSP response, and every PEM block
 * labelled {@code X509 CRL}, become revocation items; everything else (certificates, bundles, and what is nothing at
 * all) goes on to the certificate upload unchanged, so that certificate answers stay what they were.
 */
public final class RevocationItems {

    private static final String BEGIN_CRL = "-----BEGIN X509 CRL-----";
    private static final String END_CRL = "-----END X509 CRL-----";

    private RevocationItems() {
    }

    public enum Kind { CRL, OCSP_RESPONSE }

    /** One CRL or OCSP response of the upload; {@code der} is null when its PEM block could not be decoded ({@code problem}). */
    public record Item(String source, Kind kind, byte[] der, String problem) {
    }

    /** The parts left for the certificate parser, and the revocation items found, in upload order. */
    public record Split(List<Part> certificateParts, List<Item> items) {
    }

    public static Split split(List<Part> parts) {
        List<Part> rest = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        for (Part part : parts) {
            byte[] bytes = part.bytes();
            if (bytes == null || bytes.length == 0) {
                rest.add(part);
                continue;
            }
            Kind kind = kindOfDer(bytes);
            if (kind != null) {
                items.add(new Item(part.name(), kind, bytes, null));
                continue;
            }
            if ((bytes[0] & 0xff) == 0x30) {
                rest.add(part);
                continue;
            }
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            if (!text.contains(BEGIN_CRL)) {
                rest.add(part);
                continue;
            }
            StringBuilder others = new StringBuilder();
            int from = 0;
            int position = 0;
            while (true) {
                int begin = text.indexOf(BEGIN_CRL, from);
                if (begin < 0) {
                    others.append(text, from, text.length());
                    break;
                }
                int end = text.indexOf(END_CRL, begin);
                int stop = end < 0 ? text.length() : end + END_CRL.length();
                others.append(text, from, begin);
                String source = part.name() + ", CRL " + (++position);
                List<PemBlocks.Block> blocks = PemBlocks.extract(text.substring(begin, stop));
                if (blocks.size() == 1 && blocks.get(0).decoded()) {
                    items.add(new Item(source, Kind.CRL, blocks.get(0).der(), null));
                } else {
                    items.add(new Item(source, Kind.CRL, null, blocks.isEmpty() ? "malformed PEM block labelled X509 CRL"
                            : blocks.get(0).problem()));
                }
                from = stop;
            }
            String remaining = others.toString();
            if (PemBlocks.looksLikePem(remaining)) {
                rest.add(new Part(part.name(), remaining.getBytes(StandardCharsets.ISO_8859_1)));
            }
        }
        return new Split(rest, items);
    }

    /**
     * CRL, OCSP response, or null (anything else, certificates included), from the outer DER headers alone. An
     * OCSPResponse starts with its ENUMERATED status; a TBSCertList has its thisUpdate time as third field after the
     * optional version, where a TBSCertificate has a SEQUENCE (validity or issuer).
     */
    static Kind kindOfDer(byte[] der) {
        if ((der[0] & 0xff) != 0x30) {
            return null;
        }
        int[] outer = header(der, 0);
        if (outer == null) {
            return null;
        }
        int[] first = header(der, outer[0]);
        if (first == null) {
            return null;
        }
        if (der[outer[0]] == 0x0a) {
            return Kind.OCSP_RESPONSE;
        }
        if (der[outer[0]] != 0x30) {
            return null;
        }
        int at = first[0];
        int[] field = header(der, at);
        if (field != null && der[at] == 0x02) {
            at = field[1];
        }
        for (int skip = 0; skip < 2; skip++) {
            field = header(der, at);
            if (field == null || der[at] != 0x30) {
                return null;
            }
            at = field[1];
        }
        return at < der.length && (der[at] == 0x17 || der[at] == 0x18) ? Kind.CRL : null;
    }

    /** {content start, end} of the definite-length element at {@code offset}, or null. */
    private static int[] header(byte[] der, int offset) {
        if (offset + 2 > der.length) {
            return null;
        }
        int length = der[offset + 1] & 0xff;
        int start = offset + 2;
        if (length > 0x80) {
            int octets = length - 0x80;
            if (octets > 4 || start + octets > der.length) {
                return null;
            }
            length = 0;
            for (int i = 0; i < octets; i++) {
                length = (length << 8) | (der[start + i] & 0xff);
            }
            start += octets;
        } else if (length == 0x80) {
            return null;
        }
        long end = (long) start + length;
        return length < 0 || end > der.length ? null : new int[] {start, (int) end};
    }
}
