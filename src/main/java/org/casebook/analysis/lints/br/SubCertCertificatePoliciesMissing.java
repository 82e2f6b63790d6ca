package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_sub_cert_certificate_policies_missing",
        description = "A subscriber certificate must carry a certificate policies extension.",
        citation = "BRs: 7.1.2.3", source = LintSource.CABF_BR, effective = LintDates.BR_1_0_EFFECTIVE)
public class SubCertCertificatePoliciesMissing extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return !certificate.isCa();
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(!certificate.hasExtension(Extension.certificatePolicies), metadata().severity(),
                "no certificatePolicies extension");
    }
}
