package org.casebook.analysis.lints.br;

import java.util.Set;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_public_key_type_not_allowed",
        description = "The subject key must be of a recognised type (RSA, DSA, ECDSA or EdDSA); an unknown key algorithm is an error.",
        citation = "BRs: 6.1.5", source = LintSource.CABF_BR, effective = LintDates.BR_1_0_EFFECTIVE)
public class PublicKeyTypeNotAllowed extends CertificateLint {

    /** rsaEncryption, id-dsa, id-ecPublicKey, Ed25519, X25519. */
    private static final Set<String> KNOWN = Set.of("1.2.840.113549.1.1.1", "1.2.840.10040.4.1", "1.2.840.10045.2.1",
            "1.3.101.112", "1.3.101.110");

    @Override
    protected LintResult check(CertificateView certificate) {
        String algorithm = certificate.publicKeyAlgorithm().getId();
        return KNOWN.contains(algorithm) ? LintResult.PASS
                : LintResult.error("public key algorithm " + algorithm + " is not an allowed type");
    }
}
