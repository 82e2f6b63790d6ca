package org.casebook.analysis.lints.rfc5280;

import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.AlgorithmParameters;
import org.casebook.analysis.lints.support.Der;
import org.casebook.analysis.lints.support.RawCertificate;

@LintSpec(code = "e_spki_rsa_encryption_parameter_not_null",
        description = "When the subject key is rsaEncryption, the algorithm parameters must be present and NULL.",
        citation = "RFC 4055: 1.2; RFC 3279: 2.3.1", source = LintSource.RFC5280, effective = LintDates.RFC_5280_PUBLISHED)
public class SpkiRsaEncryptionParameterNotNull extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.publicKeyAlgorithm().equals(PKCSObjectIdentifiers.rsaEncryption);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        RawCertificate raw = RawCertificate.of(certificate);
        if (raw == null) {
            return LintResult.NOT_APPLICABLE;
        }
        Der algorithm = raw.subjectPublicKeyInfo.children().get(0);
        if (AlgorithmParameters.isNull(algorithm)) {
            return LintResult.PASS;
        }
        return LintResult.failIf(true, metadata().severity(), "rsaEncryption key parameters are " + AlgorithmParameters.describe(algorithm));
    }
}
