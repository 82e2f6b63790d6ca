package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.RawCertificate;

@LintSpec(code = "e_cert_contains_unique_identifier",
        description = "Conforming CAs must not put issuerUniqueID or subjectUniqueID in the certificates they issue.",
        citation = "RFC 5280: 4.1.2.8", source = LintSource.RFC5280, effective = LintDates.RFC_5280_PUBLISHED)
public class CertContainsUniqueIdentifier extends CertificateLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        RawCertificate raw = RawCertificate.of(certificate);
        if (raw == null) {
            return LintResult.NOT_APPLICABLE;
        }
        if (raw.issuerUniqueId != null || raw.subjectUniqueId != null) {
            return LintResult.error("the certificate carries " + (raw.issuerUniqueId != null ? "an issuerUniqueID" : "a subjectUniqueID"));
        }
        return LintResult.PASS;
    }
}
