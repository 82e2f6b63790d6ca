package org.casebook.analysis.registryfixtures.annotated;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

/** A well-declared lint outside the real lints package, so LintRegistryTests can scan a package of its own. */
@LintSpec(code = "n_fixture_subject_common_name_present", description = "A fixture for the registry's own tests.",
        citation = "none: test fixture", source = LintSource.COMMUNITY)
public class SubjectCommonNamePresent extends CertificateLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.PASS;
    }
}
