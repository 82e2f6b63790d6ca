package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.SubjectFields;
import org.casebook.analysis.lints.support.TlsPolicies;

@LintSpec(code = "e_cab_dv_conflicts_with_postal",
        description = "A domain-validated (2.23.140.1.2.1) subscriber certificate must not carry postalCode in its subject.",
        citation = "BRs: 7.1.6.4 (v1.8.7)", source = LintSource.CABF_BR, effective = LintDates.BR_1_0_EFFECTIVE, ineffective = LintDates.BR_2_0_0)
public class CabDvConflictsWithPostal extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.policyOids().contains(TlsPolicies.DOMAIN_VALIDATED) && !certificate.isCa();
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return SubjectFields.of(certificate).has(SubjectFields.POSTAL_CODE)
                ? LintResult.error("a DV certificate's subject carries postalCode") : LintResult.PASS;
    }
}
