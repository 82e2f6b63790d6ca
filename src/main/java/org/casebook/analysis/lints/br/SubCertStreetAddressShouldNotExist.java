package org.casebook.analysis.lints.br;

import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "e_sub_cert_street_address_should_not_exist",
        description = "A subscriber certificate that names no organization and no person must not give a streetAddress.",
        citation = "BRs: 7.1.4.2.2", source = LintSource.CABF_BR, effective = LintDates.BR_GIVEN_NAME)
public class SubCertStreetAddressShouldNotExist extends AddressWithoutIdentityLint {

    public SubCertStreetAddressShouldNotExist() {
        super(TlsCertificateFacts.STREET, "streetAddress");
    }
}
