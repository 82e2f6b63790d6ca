package org.casebook.analysis.lints.br;

import com.google.common.net.InetAddresses;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.casebook.analysis.CertificateView;

/** Name checks shared by the BR domain-name lints. */
public final class DomainNames {

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
}
