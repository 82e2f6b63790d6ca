package org.casebook.analysis.lints.crl;

import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintStatus;
import org.casebook.analysis.revocation.CrlLint;
import org.casebook.analysis.revocation.CrlView;
import org.casebook.analysis.revocation.RevokedEntry;

/**
 * The family of CRL lints that judge each revoked entry on its own: they apply to CRLs that list at least one
 * entry (as zlint's do), and the first entry that fails gives the verdict.
 */
abstract class RevokedEntryLint extends CrlLint {

    @Override
    protected boolean applies(CrlView crl) {
        return !crl.revokedCertificates().isEmpty();
    }

    @Override
    protected final LintResult check(CrlView crl) {
        for (RevokedEntry entry : crl.revokedCertificates()) {
            LintResult result = checkEntry(crl, entry);
            if (result.status() != LintStatus.PASS) {
                return result;
            }
        }
        return LintResult.PASS;
    }

    /** The verdict on one entry; PASS lets the next entry be judged. */
    protected abstract LintResult checkEntry(CrlView crl, RevokedEntry entry);

    /** How a finding names the entry: its serial number in hex, as CAs quote it. */
    static String serial(RevokedEntry entry) {
        return "serial " + entry.serialNumber().toString(16);
    }
}
