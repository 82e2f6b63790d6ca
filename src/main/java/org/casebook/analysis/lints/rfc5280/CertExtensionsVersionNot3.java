package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.RawCertificate;

@LintSpec(code = "e_cert_extensions_version_not_3",
        description = "Extensions exist only in version 3 certificates; a certificate with extensions must say version 3.",
        citation = "RFC 5280: 4.1.2.9", source = LintSource.RFC5280, effective = LintDates.RFC_2459_PUBLISHED)
public class CertExtensionsVersionNot3 extends CertificateLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        RawCertificate raw = RawCertificate.of(certificate);
        if (raw == null) {
            return LintResult.NOT_APPLICABLE;
        }
        boolean hasExtensions = raw.extensions != null;
        if (!hasExtensions || certificate.version() == 3) {
            return LintResult.PASS;
        }
        return LintResult.failIf(true, metadata().severity(), "extensions in a version " + certificate.version() + " certificate");
    }
}
