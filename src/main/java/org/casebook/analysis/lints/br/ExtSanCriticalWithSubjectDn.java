package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "w_ext_san_critical_with_subject_dn",
        description = "When the subject name is not empty, the subject alternative name extension should not be critical.",
        citation = "RFC 5280: 4.2.1.6", source = LintSource.CABF_BR, effective = LintDates.RFC_5280_PUBLISHED)
public class ExtSanCriticalWithSubjectDn extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.hasExtension(Extension.subjectAlternativeName);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        boolean subjectNamed = !certificate.subjectAttributes().isEmpty();
        return LintResult.failIf(subjectNamed && TlsCertificateFacts.isCritical(certificate, Extension.subjectAlternativeName), metadata().severity(),
                "subjectAltName is critical although the subject is not empty");
    }
}
