package org.casebook.analysis.lints.br;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.DerElements;

@LintSpec(code = "e_algorithm_identifier_improper_encoding",
        description = "The public key's AlgorithmIdentifier must be byte for byte one of the encodings the BRs list (RSA, P-256, P-384, P-521).",
        citation = "BRs: 7.1.3.1", source = LintSource.CABF_BR, effective = LintDates.BR_1_7_1)
public class AlgorithmIdentifierImproperEncoding extends CertificateLint {

    private static final HexFormat HEX = HexFormat.of();
    private static final List<byte[]> ALLOWED = List.of(
            HEX.parseHex("300d06092a864886f70d0101010500"),
            HEX.parseHex("301306072a8648ce3d020106082a8648ce3d030107"),
            HEX.parseHex("301006072a8648ce3d020106052b81040022"),
            HEX.parseHex("301006072a8648ce3d020106052b81040023"));

    @Override
    protected LintResult check(CertificateView certificate) {
        byte[] encoded = DerElements.publicKeyAlgorithm(certificate.der());
        if (encoded == null) {
            return LintResult.error("the subjectPublicKeyInfo algorithm cannot be read");
        }
        for (byte[] allowed : ALLOWED) {
            if (Arrays.equals(allowed, encoded)) {
                return LintResult.PASS;
            }
        }
        return LintResult.error("public key AlgorithmIdentifier " + HEX.formatHex(encoded) + " is not one of the permitted encodings");
    }
}
