package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

/** The subscriber rule of e_aia_must_contain_permitted_access_method, which 7.1.2.10.3 sets for CA certificates too. */
@LintSpec(code = "e_ca_aia_access_method_not_permitted",
        description = "A subordinate CA certificate's AIA may only hold OCSP and caIssuers entries, each located by a URI.",
        citation = "BRs: 7.1.2.10.3 (Ballot SC-62)", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class CaAiaAccessMethodNotPermitted extends AiaMustContainPermittedAccessMethod {

    @Override
    protected boolean onlyServerAuthCertificates() {
        return false;
    }

    @Override
    protected boolean applies(CertificateView certificate) {
        return BrProfileLint.subordinateCaWithAia(certificate);
    }
}
