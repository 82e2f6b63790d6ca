package org.casebook.analysis.lints.rfc5280;

import java.util.List;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.lints.support.Der;

/**
 * No entry of the alternative name is empty. The subject and issuer alternative name lints differ only
 * in their extension.
 */
abstract class AlternativeNameNotEmptyLint extends AlternativeNameLint {

    protected AlternativeNameNotEmptyLint(boolean subject) {
        super(subject);
    }

    @Override
    protected final LintResult check(CertificateView certificate, List<Der> entries) {
        for (Der entry : entries) {
            if (entry.content().length == 0) {
                return fail("an entry with tag [" + entry.tagNumber() + "] is empty");
            }
        }
        return LintResult.PASS;
    }
}
