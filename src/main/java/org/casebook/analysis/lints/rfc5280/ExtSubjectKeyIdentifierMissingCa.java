package org.casebook.analysis.lints.rfc5280;

import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_ext_subject_key_identifier_missing_ca",
        description = "A CA certificate must carry a subject key identifier, so that certificates it issues can point back to its key.",
        citation = "RFC 5280: 4.2, 4.2.1.2", source = LintSource.RFC5280, effective = LintDates.RFC_2459_PUBLISHED)
public class ExtSubjectKeyIdentifierMissingCa extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.isCa();
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(!certificate.hasExtension(Extension.subjectKeyIdentifier), metadata().severity(),
                "CA certificate without a subject key identifier");
    }
}
