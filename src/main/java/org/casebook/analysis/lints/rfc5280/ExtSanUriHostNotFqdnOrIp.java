package org.casebook.analysis.lints.rfc5280;

import java.util.List;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Der;
import org.casebook.analysis.lints.support.DomainNames;
import org.casebook.analysis.lints.support.GeneralNameList;
import org.casebook.analysis.lints.support.GoUrl;

@LintSpec(code = "e_ext_san_uri_host_not_fqdn_or_ip",
        description = "A URI in the subject alternative name that has an authority must name its host by a fully qualified domain name or an IP address.",
        citation = "RFC 5280: 4.2.1.6", source = LintSource.RFC5280, effective = LintDates.RFC_5280_PUBLISHED)
public class ExtSanUriHostNotFqdnOrIp extends AlternativeNameLint {

    public ExtSanUriHostNotFqdnOrIp() {
        super(true);
    }

    @Override
    protected LintResult check(CertificateView certificate, List<Der> entries) {
        for (String uri : GeneralNameList.texts(entries, GeneralNameList.URI)) {
            if (uri.isEmpty()) {
                continue;
            }
            GoUrl url = GoUrl.parse(uri);
            if (url.failed()) {
                return fail("URI \"" + uri + "\" does not parse: " + url.error());
            }
            if (url.opaque().isEmpty() && (url.host().isEmpty() || !(DomainNames.isFqdn(url.host()) || DomainNames.isIp(url.hostName())))) {
                return fail("URI \"" + uri + "\" has host \"" + url.host() + "\", not a fully qualified domain name or IP address");
            }
        }
        return LintResult.PASS;
    }
}
