package org.casebook.analysis.registryfixtures.unannotated;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;

/**
 * A lint written without its {@code @LintSpec}, outside the real lints package: LintRegistryTests scans this
 * package to show that discovery refuses such a class instead of leaving it out.
 */
public class SubjectCommonNameMissing extends CertificateLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.PASS;
    }
}
