package org.casebook.analysis.lints.rfc5280;

import java.util.List;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.lints.support.Der;
import org.casebook.analysis.lints.support.DomainNames;
import org.casebook.analysis.lints.support.GeneralNameList;
import org.casebook.analysis.lints.support.GoUrl;

/**
 * A URI in the alternative name that has an authority names its host by a fully qualified domain name
 * or an IP address. The subject and issuer alternative name lints differ only in their extension.
 */
abstract class AlternativeNameUriHostLint extends AlternativeNameLint {

    protected AlternativeNameUriHostLint(boolean subject) {
        super(subject);
    }

    @Override
    protected final LintResult check(CertificateView certificate, List<Der> entries) {
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
