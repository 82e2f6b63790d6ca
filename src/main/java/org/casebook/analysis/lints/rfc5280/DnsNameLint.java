package org.casebook.analysis.lints.rfc5280;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.lints.support.DomainNames;
import org.casebook.analysis.lints.support.GeneralNameList;
import org.casebook.analysis.lints.support.Names;

/** Rules on the DNS names of a subscriber certificate; applies when it has a common name or SAN dNSNames. */
abstract class DnsNameLint extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        if (!Names.isSubscriber(certificate)) {
            return false;
        }
        String commonName = Names.commonName(certificate);
        return (commonName != null && !commonName.isEmpty()) || !GeneralNameList.sanDnsNames(certificate).isEmpty();
    }

    private static final CertificateView.CacheKey PARSED_SAN_DNS_NAMES = new CertificateView.CacheKey("PARSED_SAN_DNS_NAMES");

    static List<String> sanDnsNames(CertificateView certificate) {
        return GeneralNameList.sanDnsNames(certificate);
    }

    /** {@link DomainNames#parse} of each SAN dNSName, in the same order (null entries where it gives null), once per view. */
    static List<DomainNames.Parsed> parsedSanDnsNames(CertificateView certificate) {
        return certificate.cached(PARSED_SAN_DNS_NAMES, view -> {
            List<String> names = sanDnsNames(view);
            DomainNames.Parsed[] parsed = new DomainNames.Parsed[names.size()];
            for (int i = 0; i < parsed.length; i++) {
                parsed[i] = DomainNames.parse(names.get(i));
            }
            return Collections.unmodifiableList(Arrays.asList(parsed));
        });
    }

    /**
     * Each SAN dNSName with its split at the public suffix, in order, until {@code verdict} gives something
     * other than PASS; NA as soon as a name cannot be split (zlint stops there too).
     */
    static LintResult eachSplitName(CertificateView certificate, BiFunction<String, DomainNames.Parsed, LintResult> verdict) {
        List<String> names = sanDnsNames(certificate);
        List<DomainNames.Parsed> parsedNames = parsedSanDnsNames(certificate);
        for (int i = 0; i < names.size(); i++) {
            DomainNames.Parsed parsed = parsedNames.get(i);
            if (parsed == null) {
                return LintResult.NOT_APPLICABLE;
            }
            LintResult result = verdict.apply(names.get(i), parsed);
            if (result != LintResult.PASS) {
                return result;
            }
        }
        return LintResult.PASS;
    }
}
