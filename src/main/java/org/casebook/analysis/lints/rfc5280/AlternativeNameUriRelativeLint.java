package org.casebook.analysis.lints.rfc5280;

import java.util.List;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.lints.support.Der;
import org.casebook.analysis.lints.support.GeneralNameList;
import org.casebook.analysis.lints.support.GoUrl;

/**
 * Every URI in the alternative name is absolute, not a relative reference. The subject and issuer
 * alternative name lints differ only in their extension.
 */
abstract class AlternativeNameUriRelativeLint extends AlternativeNameLint {

    protected AlternativeNameUriRelativeLint(boolean subject) {
        super(subject);
    }

    @Override
    protected final LintResult check(CertificateView certificate, List<Der> entries) {
        for (String uri : GeneralNameList.texts(entries, GeneralNameList.URI)) {
            GoUrl url = GoUrl.parse(uri);
            if (url.failed() || url.scheme().isEmpty()) {
                return fail("URI \"" + uri + "\" is not absolute");
            }
        }
        return LintResult.PASS;
    }
}
