package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "e_subj_orgunit_in_ca_cert",
        description = "From BR 2.0.0, root and TLS subordinate CA certificates must not have an organizationalUnitName in their subject.",
        citation = "CABF BR §7.1.2.10.2 (CA Certificate Naming)", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class SubjOrgunitInCaCert extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.isCa();
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(!TlsCertificateFacts.subjectValues(certificate, TlsCertificateFacts.ORGANIZATIONAL_UNIT).isEmpty(), metadata().severity(), "CA certificate subject has an organizationalUnitName");
    }
}
