package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.RawCertificate;

@LintSpec(code = "e_cert_ext_invalid_der",
        description = "An extension's critical flag defaults to FALSE, so DER requires a non-critical extension to leave the flag out.",
        citation = "RFC 5280: 4.1, 4.2", source = LintSource.RFC5280, effective = LintDates.RFC_5280_PUBLISHED)
public class CertExtInvalidDer extends CertificateLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        RawCertificate raw = RawCertificate.of(certificate);
        if (raw == null) {
            return LintResult.NOT_APPLICABLE;
        }
        for (RawCertificate.RawExtension extension : raw.extensionList()) {
            if (extension.critical() != null && !extension.isCritical()) {
                return LintResult.error("extension " + extension.oid() + " encodes critical = FALSE explicitly");
            }
        }
        return LintResult.PASS;
    }
}
