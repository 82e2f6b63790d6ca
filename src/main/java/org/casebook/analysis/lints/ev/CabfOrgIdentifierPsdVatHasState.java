package org.casebook.analysis.lints.ev;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.CabfOrganizationIdentifier;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "e_cabf_org_identifier_psd_vat_has_state",
        description = "In the CA/Browser Forum organization identifier extension, the PSD and VAT registration schemes take no state or province.",
        citation = "9.2.8", source = LintSource.CABF_EV, effective = LintDates.BALLOT_SC17)
public class CabfOrgIdentifierPsdVatHasState extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        if (!CabfOrganizationIdentifier.present(certificate)) {
            return false;
        }
        String scheme = CabfOrganizationIdentifier.of(certificate).scheme();
        return scheme.equals("PSD") || scheme.equals("VAT");
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        String state = CabfOrganizationIdentifier.of(certificate).state();
        return LintResult.failIf(!state.isEmpty(), metadata().severity(), "registration state '" + state + "' given for a PSD or VAT scheme");
    }
}
