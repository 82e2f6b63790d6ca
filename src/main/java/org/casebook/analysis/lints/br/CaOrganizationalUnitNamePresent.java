package org.casebook.analysis.lints.br;

import org.casebook.analysis.BrProfile;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.SubjectFields;

/**
 * 7.1.2.10.2 prohibits organizationalUnitName in root and TLS subordinate CA certificates (zlint's
 * e_subj_orgunit_in_ca_cert judges those) and says SHOULD NOT for the other CA profiles, which this lint judges.
 */
@LintSpec(code = "w_ca_organizational_unit_name_present",
        description = "A cross-certified, technically constrained non-TLS or precertificate signing CA certificate should not contain an organizationalUnitName.",
        citation = "BRs: 7.1.2.10.2 (Ballot SC-62)", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class CaOrganizationalUnitNamePresent extends BrProfileLint {

    public CaOrganizationalUnitNamePresent() {
        super(BrProfile.CROSS_CERTIFIED_SUBORDINATE_CA, BrProfile.TECHNICALLY_CONSTRAINED_NON_TLS_SUBORDINATE_CA,
                BrProfile.PRECERTIFICATE_SIGNING_CA);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(SubjectFields.of(certificate).has(SubjectFields.ORGANIZATIONAL_UNIT), metadata().severity(),
                "subject contains organizationalUnitName");
    }
}
