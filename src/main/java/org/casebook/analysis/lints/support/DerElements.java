package org.casebook.analysis.lints.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Walks the certificate's original DER bytes, for rules that demand a byte-exact encoding: re-encoding a
 * parsed structure could hide exactly the difference the rule is about.
 */
public final class DerElements {

    /** One element: its identifier octet and where its header and content lie in the bytes. */
    public record Element(int tag, int start, int contentStart, int end) {

        public byte[] content(byte[] der) {
            return Arrays.copyOfRange(der, contentStart, end);
        }
    }

    /** The single element that spans all of {@code der}, or null when the bytes are not exactly one TLV. */
    public static Element whole(byte[] der) {
        Element element = read(der, 0, der.length);
        return element != null && element.end() == der.length ? element : null;
    }

    private DerElements() {
    }

    /** The encoded AlgorithmIdentifier in the TBSCertificate's signature field, or null when unreadable. */
    public static byte[] tbsSignatureAlgorithm(byte[] certificate) {
        List<Element> tbs = tbsFields(certificate);
        if (tbs == null) {
            return null;
        }
        int index = firstFieldAfterVersion(tbs) + 1;
        return index < tbs.size() ? slice(certificate, tbs.get(index)) : null;
    }

    /** The encoded AlgorithmIdentifier inside subjectPublicKeyInfo, or null when unreadable. */
    public static byte[] publicKeyAlgorithm(byte[] certificate) {
        List<Element> tbs = tbsFields(certificate);
        if (tbs == null) {
            return null;
        }
        int index = firstFieldAfterVersion(tbs) + 5;
        if (index >= tbs.size()) {
            return null;
        }
        List<Element> spki = children(certificate, tbs.get(index));
        return spki == null || spki.isEmpty() ? null : slice(certificate, spki.get(0));
    }

    private static int firstFieldAfterVersion(List<Element> tbs) {
        return !tbs.isEmpty() && tbs.get(0).tag() == 0xa0 ? 1 : 0;
    }

    private static List<Element> tbsFields(byte[] der) {
        Element certificate = read(der, 0, der.length);
        if (certificate == null) {
            return null;
        }
        List<Element> parts = children(der, certificate);
        if (parts == null || parts.isEmpty()) {
            return null;
        }
        return children(der, parts.get(0));
    }

    /** The elements inside a constructed one, or null when its content is not a run of whole elements. */
    public static List<Element> children(byte[] der, Element parent) {
        List<Element> out = new ArrayList<>();
        int offset = parent.contentStart();
        while (offset < parent.end()) {
            Element child = read(der, offset, parent.end());
            if (child == null) {
                return null;
            }
            out.add(child);
            offset = child.end();
        }
        return out;
    }

    private static Element read(byte[] der, int offset, int limit) {
        if (offset + 2 > limit || (der[offset] & 0x1f) == 0x1f) {
            return null;
        }
        int tag = der[offset] & 0xff;
        int first = der[offset + 1] & 0xff;
        int contentStart = offset + 2;
        long length;
        if (first < 0x80) {
            length = first;
        } else {
            int count = first & 0x7f;
            if (count == 0 || count > 4 || contentStart + count > limit) {
                return null;
            }
            length = 0;
            for (int i = 0; i < count; i++) {
                length = length << 8 | der[contentStart + i] & 0xff;
            }
            contentStart += count;
        }
        long end = contentStart + length;
        return end > limit ? null : new Element(tag, offset, contentStart, (int) end);
    }

    private static byte[] slice(byte[] der, Element element) {
        return Arrays.copyOfRange(der, element.start(), element.end());
    }
}
