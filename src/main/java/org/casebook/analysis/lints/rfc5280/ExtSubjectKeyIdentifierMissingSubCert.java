package org.casebook.analysis.lints.rfc5280;

import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Names;

@LintSpec(code = "w_ext_subject_key_identifier_missing_sub_cert",
        description = "An end-entity certificate should carry a subject key identifier.",
        citation = "RFC 5280: 4.2, 4.2.1.2", source = LintSource.RFC5280, effective = LintDates.RFC_2459_PUBLISHED)
public class ExtSubjectKeyIdentifierMissingSubCert extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return Names.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(!certificate.hasExtension(Extension.subjectKeyIdentifier), metadata().severity(),
                "end-entity certificate without a subject key identifier");
    }
}
