package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_ext_san_missing",
        description = "A subscriber certificate must have a subjectAltName extension.",
        citation = "BRs: 7.1.4.2.1", source = LintSource.CABF_BR, effective = LintDates.BR_1_0_EFFECTIVE)
public class ExtSanMissing extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return !certificate.isCa();
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return certificate.hasExtension(Extension.subjectAlternativeName) ? LintResult.PASS
                : LintResult.error("there is no subjectAltName extension");
    }
}
