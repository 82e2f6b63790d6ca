package org.casebook.analysis.lints.mozilla;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import org.bouncycastle.asn1.ASN1BitString;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.DerElements;

@LintSpec(code = "e_mp_ecdsa_signature_encoding_correct",
        description = "An ECDSA signature's AlgorithmIdentifier must pair the curve with its hash (P-256/SHA-256, P-384/SHA-384, P-521/SHA-512) with no parameters; the curve is inferred from the signature's size.",
        citation = "Mozilla Root Store Policy 5.1.2", source = LintSource.MOZILLA, effective = LintDates.MOZILLA_POLICY_3_0)
public class MpEcdsaSignatureEncodingCorrect extends CertificateLint {

    private static final HexFormat HEX = HexFormat.of();
    /** ecdsa-with-SHA1, -SHA224, -SHA256, -SHA384, -SHA512. */
    private static final Set<String> ECDSA_SIGNATURES = Set.of("1.2.840.10045.4.1", "1.2.840.10045.4.3.1",
            "1.2.840.10045.4.3.2", "1.2.840.10045.4.3.3", "1.2.840.10045.4.3.4");

    @Override
    protected boolean applies(CertificateView certificate) {
        return ECDSA_SIGNATURES.contains(certificate.tbsSignatureAlgorithm().getAlgorithm().getId());
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        byte[] encoded = DerElements.tbsSignatureAlgorithm(certificate.der());
        if (encoded == null) {
            return LintResult.error("the signature AlgorithmIdentifier cannot be read");
        }
        ASN1BitString signature = certificate.asn1().getSignature();
        int size = signature.getOctets().length;
        // Largest DER ECDSA-Sig-Value per curve: 2+2+2 bytes of headers plus r and s with a sign octet each.
        String expected;
        String curve;
        if (size <= 72) {
            expected = "300a06082a8648ce3d040302";
            curve = "P-256";
        } else if (size <= 104) {
            expected = "300a06082a8648ce3d040303";
            curve = "P-384";
        } else if (size <= 140) {
            expected = "300a06082a8648ce3d040304";
            curve = "P-521";
        } else {
            return LintResult.error("a " + size + "-byte ECDSA signature matches no allowed curve");
        }
        return Arrays.equals(HEX.parseHex(expected), encoded) ? LintResult.PASS
                : LintResult.error("signature AlgorithmIdentifier " + HEX.formatHex(encoded) + " does not match a " + curve + " signature");
    }
}
