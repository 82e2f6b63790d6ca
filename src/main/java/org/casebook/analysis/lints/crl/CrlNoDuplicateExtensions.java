package org.casebook.analysis.lints.crl;

import java.util.Optional;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.revocation.CrlLint;
import org.casebook.analysis.revocation.CrlView;
import org.casebook.analysis.revocation.RevocationExtension;

@LintSpec(code = "e_crl_no_duplicate_extensions", description = "A CRL carries each extension at most once",
        citation = "RFC 5280: 4.2", source = LintSource.COMMUNITY)
public class CrlNoDuplicateExtensions extends CrlLint {

    @Override
    protected boolean applies(CrlView crl) {
        return !crl.extensions().isEmpty();
    }

    @Override
    protected LintResult check(CrlView crl) {
        Optional<String> repeated = RevocationExtension.firstRepeatedOid(crl.extensions());
        return LintResult.failIf(repeated.isPresent(), metadata().severity(), "extension " + repeated.orElse("") + " appears more than once");
    }
}
