package org.casebook.analysis.lints.br;

import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "e_sub_cert_locality_name_must_not_appear",
        description = "A subscriber certificate that names no organization and no person must not give a localityName.",
        citation = "BRs: 7.1.4.2.2", source = LintSource.CABF_BR, effective = LintDates.BR_GIVEN_NAME)
public class SubCertLocalityNameMustNotAppear extends AddressWithoutIdentityLint {

    public SubCertLocalityNameMustNotAppear() {
        super(TlsCertificateFacts.LOCALITY, "localityName");
    }
}
