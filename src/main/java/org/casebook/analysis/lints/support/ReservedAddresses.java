package org.casebook.analysis.lints.support;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * IANA special-purpose and unallocated address blocks (IPv4 and IPv6 special registries and address
 * space registries): no certificate may name an address in them, nor constrain a CA to a range touching them.
 */
public final class ReservedAddresses {

    private record Block(byte[] network, int prefix) {
        boolean contains(byte[] address) {
            return address.length == network.length && samePrefix(address, network, prefix);
        }
    }

    private static final List<Block> BLOCKS = new ArrayList<>();

    static {
        for (String cidr : new String[] {
            "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "198.18.0.0/15", "2001:2::/48",
            "192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32", "240.0.0.0/4", "400::/6",
            "800::/5", "1000::/4", "4000::/3", "6000::/3", "8000::/3", "a000::/3", "c000::/3", "e000::/4", "f000::/5",
            "f800::/6", "fe00::/9", "192.0.0.0/24", "2001::/23", "192.31.196.0/24", "192.175.48.0/24",
            "2001:4:112::/48", "2620:4f:8000::/48", "192.52.193.0/24", "2001:3::/32", "2001:20::/28", "0.0.0.0/8",
            "2002::/16", "64:ff9b::/96", "64:ff9b:1::/48", "192.0.0.8/32", "192.0.0.9/32", "2001:1::1/128",
            "192.0.0.10/32", "2001:1::2/128", "192.0.0.170/32", "192.0.0.171/32", "255.255.255.255/32", "100::/64",
            "2001::/32", "fc00::/7", "fe80::/10", "169.254.0.0/16", "224.0.0.0/4", "ff00::/8", "127.0.0.0/8",
            "::1/128", "::/128"}) {
            int slash = cidr.indexOf('/');
            BLOCKS.add(new Block(parse(cidr.substring(0, slash)), Integer.parseInt(cidr.substring(slash + 1))));
        }
    }

    private ReservedAddresses() {
    }

    /** True when the address (4 or 16 octets; IPv4-mapped IPv6 read as IPv4) is reserved. */
    public static boolean isReserved(byte[] address) {
        byte[] normalized = normalize(address);
        return BLOCKS.stream().anyMatch(block -> block.contains(normalized));
    }

    /** True when the network (address and prefix length) overlaps a reserved block. */
    public static boolean intersectsReserved(byte[] network, int prefix) {
        byte[] normalized = normalize(network);
        if (isReserved(normalized)) {
            return true;
        }
        for (Block block : BLOCKS) {
            if (block.network().length == normalized.length && block.prefix() >= prefix
                    && samePrefix(block.network(), normalized, prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Prefix length of a netmask, or -1 when the mask's one-bits are not contiguous. */
    public static int prefixLength(byte[] mask) {
        BigInteger bits = new BigInteger(1, mask);
        int length = bits.bitCount();
        BigInteger expected = BigInteger.ONE.shiftLeft(length).subtract(BigInteger.ONE).shiftLeft(mask.length * 8 - length);
        return bits.equals(expected) ? length : -1;
    }

    private static byte[] normalize(byte[] address) {
        if (address.length == 16) {
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= address[i] == 0;
            }
            if (mapped && address[10] == (byte) 0xff && address[11] == (byte) 0xff) {
                return Arrays.copyOfRange(address, 12, 16);
            }
        }
        return address;
    }

    private static boolean samePrefix(byte[] a, byte[] b, int prefix) {
        for (int bit = 0; bit < prefix; bit++) {
            int mask = 0x80 >> (bit % 8);
            if ((a[bit / 8] & mask) != (b[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    private static byte[] parse(String literal) {
        try {
            byte[] address = InetAddress.getByName(literal).getAddress();
            return literal.contains(":") && address.length == 4 ? mapToV6(address) : address;
        } catch (UnknownHostException e) {
            throw new IllegalStateException(literal, e);
        }
    }

    private static byte[] mapToV6(byte[] v4) {
        byte[] v6 = new byte[16];
        v6[10] = (byte) 0xff;
        v6[11] = (byte) 0xff;
        System.arraycopy(v4, 0, v6, 12, 4);
        return v6;
    }
}
