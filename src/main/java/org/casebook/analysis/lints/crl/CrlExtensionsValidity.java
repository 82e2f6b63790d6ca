package org.casebook.analysis.lints.crl;

import java.util.Map;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.revocation.CrlLint;
import org.casebook.analysis.revocation.CrlView;
import org.casebook.analysis.revocation.RevocationExtension;

@LintSpec(code = "e_crl_extensions_validity", description = "A CRL carries only the extensions the Baseline Requirements profile (cRLNumber and authorityKeyIdentifier not critical, issuingDistributionPoint critical): another is a warning, a wrong criticality an error",
        citation = "BRs: 7.2.2", source = LintSource.CABF_BR)
public class CrlExtensionsValidity extends CrlLint {

    /** The CRL extensions of BR 7.2.2 and whether each must be critical. */
    private static final Map<String, Boolean> PROFILE = Map.of(
            CrlView.CRL_NUMBER, false,
            CrlView.AUTHORITY_KEY_IDENTIFIER, false,
            CrlView.ISSUING_DISTRIBUTION_POINT, true);

    @Override
    protected LintResult check(CrlView crl) {
        // an extension outside the profile (NOT RECOMMENDED) is reported before any wrong criticality, as zlint does
        for (RevocationExtension extension : crl.extensions()) {
            if (!PROFILE.containsKey(extension.oid())) {
                return LintResult.warn("extension " + extension.oid() + " is not in the BR CRL profile");
            }
        }
        for (RevocationExtension extension : crl.extensions()) {
            boolean critical = PROFILE.get(extension.oid());
            if (extension.critical() != critical) {
                return LintResult.error("extension " + extension.oid() + (critical ? " must be critical" : " must not be critical"));
            }
        }
        return LintResult.PASS;
    }
}
