package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

/** The subscriber rule of e_aia_unique_access_locations, which 7.1.2.10.3 sets for CA certificates too. */
@LintSpec(code = "e_ca_aia_duplicate_access_location",
        description = "In a subordinate CA certificate's AIA, the same URL must not be listed twice for the same access method.",
        citation = "BRs: 7.1.2.10.3 (Ballot SC-62)", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class CaAiaDuplicateAccessLocation extends AiaUniqueAccessLocations {

    @Override
    protected boolean onlyServerAuthCertificates() {
        return false;
    }

    @Override
    protected boolean applies(CertificateView certificate) {
        return BrProfileLint.subordinateCaWithAia(certificate);
    }
}
