package org.casebook.analysis.lints.crl;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.Set;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.revocation.CrlLint;
import org.casebook.analysis.revocation.CrlView;
import org.casebook.analysis.revocation.RevokedEntry;

@LintSpec(code = "e_crl_unique_revoked_certificate", description = "No serial number is listed twice in a CRL (a warning, as zlint reports it)",
        citation = "RFC 5280: 5.1.2.6", source = LintSource.COMMUNITY)
public class CrlUniqueRevokedCertificate extends CrlLint {

    @Override
    protected LintResult check(CrlView crl) {
        Set<BigInteger> serials = new HashSet<>();
        for (RevokedEntry entry : crl.revokedCertificates()) {
            if (!serials.add(entry.serialNumber())) {
                // zlint answers Warn under an e_ name; kept so that results compare name by name
                return LintResult.warn("serial " + entry.serialNumber().toString(16) + " is listed more than once");
            }
        }
        return LintResult.PASS;
    }
}
