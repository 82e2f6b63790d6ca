package org.casebook.analysis.lints.support;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** IP address text read and written the way Go's net package does, without any name lookup. */
public final class IpAddressText {

    private IpAddressText() {
    }

    /** IPv4-mapped IPv6 addresses become 4 bytes, as Go compares them. */
    public static byte[] canonical(byte[] ip) {
        if (ip.length == 16) {
            boolean mapped = ip[10] == (byte) 0xff && ip[11] == (byte) 0xff;
            for (int i = 0; i < 10 && mapped; i++) {
                mapped = ip[i] == 0;
            }
            if (mapped) {
                return new byte[] {ip[12], ip[13], ip[14], ip[15]};
            }
        }
        return ip;
    }

    /**
     * Parses dotted IPv4 or textual IPv6 (with an optional trailing dotted quad) the way Go's net.ParseIP
     * does: no leading zeros in IPv4 parts, no zones. Null when the text is not an address.
     */
    public static byte[] parse(String text) {
        if (text.indexOf(':') < 0) {
            return parseIpv4(text);
        }
        return parseIpv6(text);
    }

    private static byte[] parseIpv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            String part = parts[i];
            if (part.isEmpty() || part.length() > 3 || (part.length() > 1 && part.charAt(0) == '0')) {
                return null;
            }
            for (char ch : part.toCharArray()) {
                if (ch < '0' || ch > '9') {
                    return null;
                }
            }
            int value = Integer.parseInt(part);
            if (value > 255) {
                return null;
            }
            out[i] = (byte) value;
        }
        return out;
    }

    private static byte[] parseIpv6(String text) {
        byte[] out = new byte[16];
        int doubleColon = text.indexOf("::");
        if (doubleColon >= 0 && text.indexOf("::", doubleColon + 1) >= 0) {
            return null;
        }
        List<Integer> head = new ArrayList<>();
        List<Integer> tail = new ArrayList<>();
        String first = doubleColon >= 0 ? text.substring(0, doubleColon) : text;
        String second = doubleColon >= 0 ? text.substring(doubleColon + 2) : "";
        byte[] v4Tail = null;
        if (!groups(first, head, doubleColon < 0)) {
            return null;
        }
        if (doubleColon >= 0 && !groups(second, tail, true)) {
            return null;
        }
        List<Integer> last = doubleColon >= 0 ? tail : head;
        if (!last.isEmpty() && last.get(last.size() - 1) == -1) {
            String[] pieces = (doubleColon >= 0 ? second : first).split(":", -1);
            v4Tail = parseIpv4(pieces[pieces.length - 1]);
            if (v4Tail == null) {
                return null;
            }
            last.remove(last.size() - 1);
        }
        int groups = head.size() + tail.size() + (v4Tail != null ? 2 : 0);
        if (doubleColon < 0 ? groups != 8 : groups > 7) {
            return null;
        }
        int pos = 0;
        for (int g : head) {
            out[pos++] = (byte) (g >> 8);
            out[pos++] = (byte) g;
        }
        int tailStart = 16 - tail.size() * 2 - (v4Tail != null ? 4 : 0);
        pos = tailStart;
        for (int g : tail) {
            out[pos++] = (byte) (g >> 8);
            out[pos++] = (byte) g;
        }
        if (v4Tail != null) {
            System.arraycopy(v4Tail, 0, out, 12, 4);
        }
        return out;
    }

    /** Hex groups separated by single colons; a dotted quad allowed last (marked -1). */
    private static boolean groups(String text, List<Integer> out, boolean allowDottedLast) {
        if (text.isEmpty()) {
            return true;
        }
        String[] pieces = text.split(":", -1);
        for (int i = 0; i < pieces.length; i++) {
            String piece = pieces[i];
            if (i == pieces.length - 1 && allowDottedLast && piece.indexOf('.') >= 0) {
                out.add(-1);
                continue;
            }
            if (piece.isEmpty() || piece.length() > 4) {
                return false;
            }
            for (char ch : piece.toCharArray()) {
                if (Character.digit(ch, 16) < 0) {
                    return false;
                }
            }
            out.add(Integer.parseInt(piece, 16));
        }
        return true;
    }

    /** Go's net.IP String(): dotted IPv4 (also for mapped addresses), RFC 5952 IPv6, "?" + hex otherwise. */
    public static String format(byte[] address) {
        byte[] ip = canonical(address);
        if (ip.length == 4) {
            return (ip[0] & 0xff) + "." + (ip[1] & 0xff) + "." + (ip[2] & 0xff) + "." + (ip[3] & 0xff);
        }
        if (ip.length != 16) {
            return ip.length == 0 ? "<nil>" : "?" + HexFormat.of().formatHex(ip);
        }
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((ip[2 * i] & 0xff) << 8) | (ip[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }
}
