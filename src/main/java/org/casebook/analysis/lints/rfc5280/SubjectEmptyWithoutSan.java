package org.casebook.analysis.lints.rfc5280;

import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Names;

@LintSpec(code = "e_subject_empty_without_san",
        description = "A certificate with an empty subject must name its subject in a subject alternative name extension.",
        citation = "RFC 5280: 4.2, 4.2.1.6", source = LintSource.RFC5280, effective = LintDates.RFC_2459_PUBLISHED)
public class SubjectEmptyWithoutSan extends CertificateLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        boolean failed = Names.subjectIsEmpty(certificate) && !certificate.hasExtension(Extension.subjectAlternativeName);
        return LintResult.failIf(failed, metadata().severity(), "empty subject and no subject alternative name");
    }
}
