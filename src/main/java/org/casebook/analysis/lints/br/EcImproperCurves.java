package org.casebook.analysis.lints.br;

import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.casebook.analysis.AlgorithmNames;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_ec_improper_curves",
        description = "An elliptic-curve public key must be on NIST P-256, P-384 or P-521; other curves, such as China's SM2, are not allowed.",
        citation = "BRs: 6.1.5", source = LintSource.CABF_BR)
public class EcImproperCurves extends CertificateLint {

    private static final Set<ASN1ObjectIdentifier> ALLOWED = Set.of(
            X9ObjectIdentifiers.prime256v1, SECObjectIdentifiers.secp384r1, SECObjectIdentifiers.secp521r1);

    @Override
    protected boolean applies(CertificateView certificate) {
        return X9ObjectIdentifiers.id_ecPublicKey.equals(certificate.publicKeyAlgorithm());
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        ASN1ObjectIdentifier curve = certificate.ecCurve();
        if (curve == null) {
            return LintResult.error("the EC key does not name its curve (explicit or implicit parameters)");
        }
        if (!ALLOWED.contains(curve)) {
            String name = AlgorithmNames.curve(curve);
            return LintResult.error("EC key on " + (name != null ? name + " (" + curve + ")" : "curve " + curve)
                    + ", not P-256, P-384 or P-521");
        }
        return LintResult.PASS;
    }
}
