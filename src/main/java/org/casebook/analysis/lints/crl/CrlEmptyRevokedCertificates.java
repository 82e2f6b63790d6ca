package org.casebook.analysis.lints.crl;

import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.revocation.CrlLint;
import org.casebook.analysis.revocation.CrlView;

@LintSpec(code = "e_crl_empty_revoked_certificates", description = "A CRL does not encode an empty revokedCertificates list",
        citation = "RFC 5280: 5.1.2.6", source = LintSource.RFC5280, effective = LintDates.RFC_5280_PUBLISHED)
public class CrlEmptyRevokedCertificates extends CrlLint {

    @Override
    protected LintResult check(CrlView crl) {
        return LintResult.failIf(crl.revokedCertificatesPresent() && crl.revokedCertificates().isEmpty(), metadata().severity(),
                "the CRL encodes an empty revokedCertificates list");
    }
}
