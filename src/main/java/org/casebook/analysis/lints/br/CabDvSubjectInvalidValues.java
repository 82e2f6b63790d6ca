package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.CertificateRoles;
import org.casebook.analysis.lints.support.SubjectFields;
import org.casebook.analysis.lints.support.TlsPolicies;

@LintSpec(code = "e_cab_dv_subject_invalid_values",
        description = "A domain-validated subscriber certificate's subject may hold only countryName and commonName.",
        citation = "BRs: 7.1.2.7.2", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class CabDvSubjectInvalidValues extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.policyOids().contains(TlsPolicies.DOMAIN_VALIDATED) && CertificateRoles.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        for (ASN1ObjectIdentifier type : SubjectFields.of(certificate).types()) {
            if (!type.equals(SubjectFields.COUNTRY) && !type.equals(SubjectFields.COMMON_NAME)) {
                return LintResult.error("a DV certificate's subject carries attribute " + type.getId());
            }
        }
        return LintResult.PASS;
    }
}
