package org.casebook.analysis.lints.mozilla;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.DerElements;

@LintSpec(code = "e_mp_ecdsa_pub_key_encoding_correct",
        description = "An ECDSA key's AlgorithmIdentifier must be byte for byte the named-curve form for P-256, P-384 or P-521.",
        citation = "Mozilla Root Store Policy 5.1.2", source = LintSource.MOZILLA, effective = LintDates.MOZILLA_POLICY_3_0)
public class MpEcdsaPubKeyEncodingCorrect extends CertificateLint {

    private static final HexFormat HEX = HexFormat.of();
    private static final List<byte[]> ALLOWED = List.of(
            HEX.parseHex("301306072a8648ce3d020106082a8648ce3d030107"),
            HEX.parseHex("301006072a8648ce3d020106052b81040022"),
            HEX.parseHex("301006072a8648ce3d020106052b81040023"));

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.publicKeyAlgorithm().equals(X9ObjectIdentifiers.id_ecPublicKey);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        byte[] encoded = DerElements.publicKeyAlgorithm(certificate.der());
        if (encoded == null) {
            return LintResult.error("the public key AlgorithmIdentifier cannot be read");
        }
        for (byte[] allowed : ALLOWED) {
            if (Arrays.equals(allowed, encoded)) {
                return LintResult.PASS;
            }
        }
        return LintResult.error("ECDSA key AlgorithmIdentifier " + HEX.formatHex(encoded) + " is not an allowed encoding");
    }
}
