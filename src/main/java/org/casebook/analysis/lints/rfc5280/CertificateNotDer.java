package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

// zlint parses with Go's lenient reader and never sees these; it checks DER only inside some extensions.
@LintSpec(code = "e_certificate_not_der",
        description = "The certificate must be encoded in DER. Indefinite or non-minimal lengths, padded integers, booleans other "
                + "than 00/FF, unsorted SETs, segmented strings, non-canonical times or explicit DEFAULT values are BER that "
                + "lenient parsers accept, but the signature is then over bytes that other parsers may read differently.",
        citation = "RFC 5280: 4.1 (X.690 section 10-11)", source = LintSource.RFC5280)
public class CertificateNotDer extends CertificateLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        String reason = certificate.nonDerReason();
        return reason == null ? LintResult.PASS : LintResult.error("not DER: " + reason);
    }
}
