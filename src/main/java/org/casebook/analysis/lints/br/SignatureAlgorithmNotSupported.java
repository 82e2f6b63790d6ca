package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.SignatureAlgorithmsAllowed;

@LintSpec(code = "e_signature_algorithm_not_supported",
        description = "The certificate must be signed with an algorithm the BRs allow: RSA PKCS#1 v1.5, DSA or ECDSA with SHA-256, SHA-384 or SHA-512 (SHA-1 is judged by its own lint); RSASSA-PSS is only a warning.",
        citation = "BRs: 6.1.5", source = LintSource.CABF_BR)
public class SignatureAlgorithmNotSupported extends CertificateLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        String algorithm = SignatureAlgorithmsAllowed.classify(certificate.signatureAlgorithm());
        if (SignatureAlgorithmsAllowed.ALLOWED.contains(algorithm)) {
            return LintResult.PASS;
        }
        if (SignatureAlgorithmsAllowed.TOLERATED.contains(algorithm)) {
            return LintResult.warn("signed with " + algorithm + ", which the BRs do not forbid but clients rarely accept");
        }
        return LintResult.error("signed with " + algorithm + ", which the BRs do not allow");
    }
}
