package org.casebook.analysis.lints.crl;

import java.util.Optional;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.revocation.CrlLint;
import org.casebook.analysis.revocation.CrlView;
import org.casebook.analysis.revocation.RevocationExtension;
import org.casebook.analysis.revocation.RevokedEntry;

@LintSpec(code = "e_crl_revoked_certificate_crl_entry_has_no_duplicate_extensions", description = "No CRL entry carries an entry extension twice",
        citation = "RFC 5280: 5.3", source = LintSource.COMMUNITY)
public class CrlRevokedCertificateCrlEntryHasNoDuplicateExtensions extends CrlLint {

    @Override
    protected LintResult check(CrlView crl) {
        for (RevokedEntry entry : crl.revokedCertificates()) {
            Optional<String> repeated = RevocationExtension.firstRepeatedOid(entry.extensions());
            if (repeated.isPresent()) {
                return LintResult.error("serial " + entry.serialNumber().toString(16) + ": entry extension " + repeated.get() + " appears more than once");
            }
        }
        return LintResult.PASS;
    }
}
