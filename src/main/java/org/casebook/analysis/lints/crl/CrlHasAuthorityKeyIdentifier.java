package org.casebook.analysis.lints.crl;

import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.revocation.CrlLint;
import org.casebook.analysis.revocation.CrlView;

@LintSpec(code = "e_crl_has_authority_key_identifier", description = "A CRL has an authorityKeyIdentifier extension",
        citation = "RFC 5280: 5.2.1", source = LintSource.RFC5280, effective = LintDates.RFC_5280_PUBLISHED)
public class CrlHasAuthorityKeyIdentifier extends CrlLint {

    @Override
    protected LintResult check(CrlView crl) {
        return LintResult.failIf(crl.extension(CrlView.AUTHORITY_KEY_IDENTIFIER).isEmpty(), metadata().severity(),
                "the CRL has no authorityKeyIdentifier");
    }
}
