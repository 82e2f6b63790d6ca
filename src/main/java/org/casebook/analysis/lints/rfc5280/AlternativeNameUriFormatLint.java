package org.casebook.analysis.lints.rfc5280;

import java.util.List;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.lints.support.Der;
import org.casebook.analysis.lints.support.GeneralNameList;
import org.casebook.analysis.lints.support.GoUrl;

/**
 * Every URI in the alternative name parses and has a scheme and a scheme-specific part (RFC 5280
 * 4.2.1.6, 4.2.1.7). The subject and issuer alternative name lints differ only in their extension.
 */
abstract class AlternativeNameUriFormatLint extends AlternativeNameLint {

    protected AlternativeNameUriFormatLint(boolean subject) {
        super(subject);
    }

    @Override
    protected final LintResult check(CertificateView certificate, List<Der> entries) {
        for (String uri : GeneralNameList.texts(entries, GeneralNameList.URI)) {
            GoUrl url = GoUrl.parse(uri);
            if (url.failed()) {
                return fail("URI \"" + uri + "\" does not parse: " + url.error());
            }
            if (url.scheme().isEmpty()) {
                return fail("URI \"" + uri + "\" has no scheme");
            }
            if (url.host().isEmpty() && !url.hasUserInfo() && url.opaque().isEmpty() && url.path().isEmpty()) {
                return fail("URI \"" + uri + "\" has nothing after its scheme");
            }
        }
        return LintResult.PASS;
    }
}
