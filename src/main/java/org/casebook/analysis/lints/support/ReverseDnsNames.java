package org.casebook.analysis.lints.support;

import java.util.Locale;

/** Reverse-DNS names under in-addr.arpa (RFC 1035 3.5) and ip6.arpa (RFC 3596 2.5), read back into addresses. */
public final class ReverseDnsNames {

    static final String IPV4_ZONE = ".in-addr.arpa";
    static final String IPV6_ZONE = ".ip6.arpa";

    /** What a name under one of the two zones says. */
    public enum Reading { NOT_REVERSE, WRONG_LABEL_COUNT, NOT_AN_ADDRESS, ADDRESS }

    public record Parsed(Reading reading, boolean ipv6Zone, byte[] address) {
    }

    private ReverseDnsNames() {
    }

    static boolean isReverse(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(IPV4_ZONE) || lower.endsWith(IPV6_ZONE);
    }

    public static Parsed parse(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        boolean ipv6 = lower.endsWith(IPV6_ZONE);
        if (!ipv6 && !lower.endsWith(IPV4_ZONE)) {
            return new Parsed(Reading.NOT_REVERSE, false, null);
        }
        String reversed = lower.substring(0, lower.length() - (ipv6 ? IPV6_ZONE : IPV4_ZONE).length());
        String[] labels = reversed.split("\\.", -1);
        if (labels.length != (ipv6 ? 32 : 4)) {
            return new Parsed(Reading.WRONG_LABEL_COUNT, ipv6, null);
        }
        StringBuilder text = new StringBuilder();
        if (ipv6) {
            // One nibble per label, least significant first; four labels make one group.
            for (int i = labels.length - 1; i >= 0; i -= 4) {
                text.append(labels[i]).append(labels[i - 1]).append(labels[i - 2]).append(labels[i - 3]);
                if (i > 4) {
                    text.append(':');
                }
            }
        } else {
            for (int i = labels.length - 1; i >= 0; i--) {
                text.append(labels[i]);
                if (i > 0) {
                    text.append('.');
                }
            }
        }
        byte[] address = IpAddressText.parse(text.toString());
        return address == null ? new Parsed(Reading.NOT_AN_ADDRESS, ipv6, null) : new Parsed(Reading.ADDRESS, ipv6, address);
    }

    /** Whether the certificate's commonName or any SAN dNSName lies under a reverse-DNS zone. */
    public static boolean anyReverseName(org.casebook.analysis.CertificateView certificate) {
        if (isReverse(TlsCertificateFacts.commonName(certificate))) {
            return true;
        }
        return certificate.dnsNames().stream().anyMatch(ReverseDnsNames::isReverse);
    }
}
