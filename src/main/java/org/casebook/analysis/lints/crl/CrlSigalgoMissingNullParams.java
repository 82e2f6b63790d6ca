package org.casebook.analysis.lints.crl;

import java.util.Set;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.revocation.CrlLint;
import org.casebook.analysis.revocation.CrlView;

@LintSpec(code = "e_crl_sigalgo_missing_null_params", description = "A CRL signed with RSA PKCS#1 v1.5 and SHA-2 encodes the parameters of its signatureAlgorithm as NULL",
        citation = "RFC 4055: 5, 6", source = LintSource.RFC5280, effective = LintDates.RFC_5280_PUBLISHED)
public class CrlSigalgoMissingNullParams extends CrlLint {

    private static final Set<String> RSA_SHA2 = Set.of(PKCSObjectIdentifiers.sha224WithRSAEncryption.getId(),
            PKCSObjectIdentifiers.sha256WithRSAEncryption.getId(), PKCSObjectIdentifiers.sha384WithRSAEncryption.getId(),
            PKCSObjectIdentifiers.sha512WithRSAEncryption.getId());

    @Override
    protected LintResult check(CrlView crl) {
        String algorithm = crl.signatureAlgorithm().getAlgorithm().getId();
        if (!RSA_SHA2.contains(algorithm)) {
            return LintResult.PASS;
        }
        return LintResult.failIf(!DERNull.INSTANCE.equals(crl.signatureAlgorithm().getParameters()), metadata().severity(),
                "the signatureAlgorithm " + algorithm + " has no NULL parameters");
    }
}
