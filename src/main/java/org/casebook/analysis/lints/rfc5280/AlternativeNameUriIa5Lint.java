package org.casebook.analysis.lints.rfc5280;

import java.util.List;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.lints.support.Der;
import org.casebook.analysis.lints.support.GeneralNameList;

/**
 * Every URI in the alternative name is an IA5String (7-bit ASCII). The subject and issuer alternative
 * name lints differ only in their extension.
 */
abstract class AlternativeNameUriIa5Lint extends AlternativeNameLint {

    protected AlternativeNameUriIa5Lint(boolean subject) {
        super(subject);
    }

    @Override
    protected final LintResult check(CertificateView certificate, List<Der> entries) {
        for (Der entry : entries) {
            if (entry.isContext(GeneralNameList.URI) && !entry.isIa5()) {
                return fail("a URI has octets outside IA5");
            }
        }
        return LintResult.PASS;
    }
}
