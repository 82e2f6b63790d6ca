package org.casebook.analysis.lints.crl;

import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.revocation.CrlLint;
import org.casebook.analysis.revocation.CrlView;

@LintSpec(code = "e_crl_revoked_certificates_field_must_be_empty", description = "A CRL that revokes nothing leaves the revokedCertificates field out",
        citation = "RFC 5280: 5.1.2.6", source = LintSource.RFC5280, effective = LintDates.RFC_5280_PUBLISHED)
public class CrlRevokedCertificatesFieldMustBeEmpty extends CrlLint {

    @Override
    protected boolean applies(CrlView crl) {
        return crl.revokedCertificates().isEmpty();
    }

    @Override
    protected LintResult check(CrlView crl) {
        return LintResult.failIf(crl.revokedCertificatesPresent(), metadata().severity(),
                "no certificate is revoked, yet the revokedCertificates field is present");
    }
}
