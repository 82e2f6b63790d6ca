package org.casebook.analysis.lints.support;

import com.google.common.net.InetAddresses;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.casebook.analysis.CertificateView;

/**
 * Domain name tests shared by the dNSName, URI and BR name lints: the names a TLS client matches a host
 * against, zlint's loose "looks like a fully qualified domain name" test, labels, and splitting a name at
 * its public suffix.
 */
public final class DomainNames {

    /** A name split at the public suffix: tld = the suffix, sld = the label before it, trd = the rest. */
    public record Parsed(String trd, String sld, String tld) {
    }

    private DomainNames() {
    }

    /** A common name or at least one DNS name is present (zlint's precondition for the name lints). */
    public static boolean anyNamePresent(CertificateView certificate) {
        return !SubjectFields.of(certificate).commonName().isEmpty() || !certificate.dnsNames().isEmpty();
    }

    /**
     * The names a TLS client may match a host against: the subject common name when it is not an IP
     * address, then every SAN dNSName. The BR name lints judge the common name like a DNS name.
     */
    public static List<String> hostNames(CertificateView certificate) {
        return certificate.cached(HOST_NAMES, view -> List.copyOf(collectHostNames(view)));
    }

    /** {@link #secondLevelLabel} of each of {@link #hostNames}, in the same order, nulls kept; read once per view. */
    public static List<String> hostSecondLevelLabels(CertificateView certificate) {
        return certificate.cached(HOST_SECOND_LEVEL_LABELS, view -> {
            List<String> labels = new ArrayList<>();
            for (String name : hostNames(view)) {
                labels.add(secondLevelLabel(name));
            }
            return Collections.unmodifiableList(labels);
        });
    }

    private static final CertificateView.CacheKey HOST_SECOND_LEVEL_LABELS = new CertificateView.CacheKey("DomainNames.HOST_SECOND_LEVEL_LABELS");

    /** Key of the per-view cache of {@link #hostNames}. */
    private static final CertificateView.CacheKey HOST_NAMES = new CertificateView.CacheKey("DomainNames.HOST_NAMES");

    private static List<String> collectHostNames(CertificateView certificate) {
        List<String> names = new ArrayList<>();
        String commonName = SubjectFields.of(certificate).commonName();
        if (!commonName.isEmpty() && !isIpAddress(commonName)) {
            names.add(commonName);
        }
        names.addAll(certificate.dnsNames());
        return names;
    }

    /** An IP address literal as Guava reads it (the BR name lints); {@link #isIp} is Go's reading. */
    public static boolean isIpAddress(String text) {
        return InetAddresses.isInetAddress(text);
    }

    /** The labels of a name, empty ones kept ("a..b" has three labels, "a." two). */
    public static List<String> labels(String name) {
        return Arrays.asList(name.split("\\.", -1));
    }

    /**
     * The label just left of the name's public suffix (ICANN section of the Public Suffix List, private
     * registrations ignored, an unlisted TLD taken as a suffix by itself: {@link PublicSuffixRules}), or null when
     * the name has no such label: it is empty, starts with a dot, or is itself a public suffix.
     */
    public static String secondLevelLabel(String name) {
        PublicSuffixRules.SplitName split = PublicSuffixRules.split(name);
        return split == null ? null : split.registrable();
    }

    /**
     * zlint's test (via its URL validator): after dropping a leading "*." or "?." labels, at least two
     * labels of letters, digits, hyphens and underscores, ending in an alphabetic top-level label, with
     * an optional port; dotted IPv4 addresses are accepted too.
     */
    public static boolean isFqdn(String name) {
        String domain = name.startsWith("*.") ? name.substring(2) : name;
        while (domain.startsWith("?.")) {
            domain = domain.substring(2);
        }
        if (domain.length() <= 3 || domain.startsWith(".")) {
            return false;
        }
        int colon = domain.lastIndexOf(':');
        if (colon >= 0) {
            String port = domain.substring(colon + 1);
            if (port.isEmpty() || port.length() > 5 || !port.chars().allMatch(Character::isDigit)) {
                return false;
            }
            domain = domain.substring(0, colon);
        }
        if (domain.endsWith(".")) {
            domain = domain.substring(0, domain.length() - 1);
        }
        if (isIpv4(domain)) {
            return true;
        }
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (label.isEmpty() || label.startsWith("-") || label.endsWith("-")) {
                return false;
            }
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                boolean ok = (c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '_')) || c >= 0xa1;
                if (!ok) {
                    return false;
                }
            }
        }
        String tld = labels[labels.length - 1];
        return tld.chars().allMatch(c -> (c < 0x80 && Character.isLetter(c)) || c >= 0xa1);
    }

    public static boolean isIpv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit) || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    /** An IPv4 or IPv6 literal as Go's net.ParseIP reads it. */
    public static boolean isIp(String text) {
        if (isIpv4(text)) {
            return true;
        }
        if (!text.contains(":")) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.digit(c, 16) < 0 && c != ':' && c != '.') {
                return false;
            }
        }
        try {
            return java.net.InetAddress.getByName(text) instanceof java.net.Inet6Address;
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    /**
     * Splits a name at its public suffix (ICANN section of the bundled Public Suffix List, private registrations
     * ignored, an unlisted top-level label counting as a suffix: {@link PublicSuffixRules}); null when the name is
     * blank, starts with a dot, or is itself a public suffix.
     */
    public static Parsed parse(String name) {
        PublicSuffixRules.SplitName split = PublicSuffixRules.split(name);
        return split == null ? null : new Parsed(split.subdomain(), split.registrable(), split.suffix());
    }
}
