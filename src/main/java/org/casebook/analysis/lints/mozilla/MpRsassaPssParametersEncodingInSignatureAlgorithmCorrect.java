package org.casebook.analysis.lints.mozilla;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.DerElements;

@LintSpec(code = "e_mp_rsassa-pss_parameters_encoding_in_signature_algorithm_correct",
        description = "An RSASSA-PSS signature AlgorithmIdentifier must be byte for byte one of the three forms Mozilla allows (SHA-256/384/512, matching MGF1 hash, salt of the hash length).",
        citation = "Mozilla Root Store Policy 5.1.1", source = LintSource.MOZILLA, effective = LintDates.MOZILLA_POLICY_2_7)
public class MpRsassaPssParametersEncodingInSignatureAlgorithmCorrect extends CertificateLint {

    private static final HexFormat HEX = HexFormat.of();
    private static final List<byte[]> ALLOWED = List.of(
            HEX.parseHex("304106092a864886f70d01010a3034a00f300d06096086480165030402010500a11c301a06092a864886f70d010108300d06096086480165030402010500a203020120"),
            HEX.parseHex("304106092a864886f70d01010a3034a00f300d06096086480165030402020500a11c301a06092a864886f70d010108300d06096086480165030402020500a203020130"),
            HEX.parseHex("304106092a864886f70d01010a3034a00f300d06096086480165030402030500a11c301a06092a864886f70d010108300d06096086480165030402030500a203020140"));

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.tbsSignatureAlgorithm().getAlgorithm().equals(PKCSObjectIdentifiers.id_RSASSA_PSS);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        byte[] encoded = DerElements.tbsSignatureAlgorithm(certificate.der());
        if (encoded == null) {
            return LintResult.error("the signature AlgorithmIdentifier cannot be read");
        }
        for (byte[] allowed : ALLOWED) {
            if (Arrays.equals(allowed, encoded)) {
                return LintResult.PASS;
            }
        }
        return LintResult.error("RSASSA-PSS parameters " + HEX.formatHex(encoded) + " are not an allowed encoding");
    }
}
