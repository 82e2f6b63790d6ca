package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "e_sub_cert_basic_constraints_not_critical",
        description = "From BR 2.0.0, a subscriber certificate that has basic constraints must mark the extension critical.",
        citation = "CA/Browser Forum BRs: 7.1.2.7.6", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class SubCertBasicConstraintsNotCritical extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.hasExtension(Extension.basicConstraints) && TlsCertificateFacts.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(!TlsCertificateFacts.isCritical(certificate, Extension.basicConstraints), metadata().severity(),
                "basicConstraints is not critical");
    }
}
