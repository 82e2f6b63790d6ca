package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
@LintSpec(code = "e_ca_organizational_unit_name_present",
        description = "A CA certificate's subject must not contain an organizationalUnitName.",
        citation = "BRs: 7.1.2.10.2 (Ballot SC-62)", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class CaOrganizationalUnitNamePresent extends BrProfileLint {

    public CaOrganizationalUnitNamePresent() {
        super(CA_PROFILES);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(certificate.subject().getRDNs(org.bouncycastle.asn1.x500.style.BCStyle.OU).length > 0, metadata().severity(),
                "subject contains organizationalUnitName");
    }
}
