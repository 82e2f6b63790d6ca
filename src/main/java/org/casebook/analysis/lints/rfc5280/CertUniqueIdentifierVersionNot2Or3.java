package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.RawCertificate;

@LintSpec(code = "e_cert_unique_identifier_version_not_2_or_3",
        description = "Unique identifier fields exist only from version 2 on; a version 1 certificate must not carry them.",
        citation = "RFC 5280: 4.1.2.8", source = LintSource.RFC5280, effective = LintDates.RFC_5280_PUBLISHED)
public class CertUniqueIdentifierVersionNot2Or3 extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        RawCertificate raw = RawCertificate.of(certificate);
        return raw != null && (raw.issuerUniqueId != null || raw.subjectUniqueId != null);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        int version = certificate.version();
        if (version == 2 || version == 3) {
            return LintResult.PASS;
        }
        return LintResult.failIf(true, metadata().severity(), "unique identifiers in a version " + version + " certificate");
    }
}
