package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "w_sub_ca_certificate_policies_marked_critical",
        description = "A subordinate CA certificate's certificate policies extension should not be critical.",
        citation = "BRs: 7.1.2.2", source = LintSource.CABF_BR, effective = LintDates.BR_1_0_EFFECTIVE)
public class SubCaCertificatePoliciesMarkedCritical extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.hasExtension(Extension.certificatePolicies) && TlsCertificateFacts.isSubCa(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(TlsCertificateFacts.isCritical(certificate, Extension.certificatePolicies), metadata().severity(),
                "certificatePolicies is marked critical");
    }
}
