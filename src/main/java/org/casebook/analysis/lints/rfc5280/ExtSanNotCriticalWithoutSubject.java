package org.casebook.analysis.lints.rfc5280;

import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Names;

@LintSpec(code = "e_ext_san_not_critical_without_subject",
        description = "When the subject is empty the subject alternative name carries the identity and must be marked critical.",
        citation = "RFC 5280: 4.2.1.6", source = LintSource.RFC5280, effective = LintDates.RFC_2459_PUBLISHED)
public class ExtSanNotCriticalWithoutSubject extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.hasExtension(Extension.subjectAlternativeName);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        boolean failed = Names.subjectIsEmpty(certificate) && !certificate.extension(Extension.subjectAlternativeName).isCritical();
        return LintResult.failIf(failed, metadata().severity(), "empty subject with a non-critical subject alternative name");
    }
}
