package org.casebook.analysis.lints.br;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.IpAddressText;
import org.casebook.analysis.lints.support.PublicSuffixRules;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "w_sub_cert_aia_contains_internal_names",
        description = "The OCSP and caIssuers URLs of a subscriber certificate should name hosts under a delegated top-level domain (or IP addresses), not internal names.",
        citation = "BRs: 7.1.2.10.3", source = LintSource.CABF_BR, effective = LintDates.BR_1_0_EFFECTIVE)
public class SubCertAiaContainsInternalNames extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.hasExtension(Extension.authorityInfoAccess) && TlsCertificateFacts.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        List<String> urls = new ArrayList<>(TlsCertificateFacts.ocspUrls(certificate));
        urls.addAll(TlsCertificateFacts.caIssuerUrls(certificate));
        for (String url : urls) {
            URI uri;
            try {
                uri = new URI(url);
            } catch (URISyntaxException e) {
                return LintResult.error("authorityInformationAccess URL '" + url + "' cannot be parsed");
            }
            String authority = uri.getRawAuthority() == null ? "" : uri.getRawAuthority();
            String hostAndPort = authority.substring(authority.indexOf('@') + 1);
            if (IpAddressText.parse(hostAndPort) != null) {
                continue;
            }
            String host = uri.getHost() == null ? "" : uri.getHost();
            String[] labels = host.split("\\.", -1);
            if (!PublicSuffixRules.isIcannTld(labels[labels.length - 1])) {
                return LintResult.warn("authorityInformationAccess URL '" + url + "' names a host outside the public DNS");
            }
        }
        return LintResult.PASS;
    }
}
