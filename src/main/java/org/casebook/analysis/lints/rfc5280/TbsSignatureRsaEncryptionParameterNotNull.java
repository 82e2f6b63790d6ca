package org.casebook.analysis.lints.rfc5280;

import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.AlgorithmParameters;
import org.casebook.analysis.lints.support.RawCertificate;

@LintSpec(code = "e_tbs_signature_rsa_encryption_parameter_not_null",
        description = "When the certificate is signed with a PKCS #1 v1.5 RSA algorithm, the signature algorithm parameters must be present and NULL.",
        citation = "RFC 4055: 5; RFC 3279: 2.2.1", source = LintSource.RFC5280, effective = LintDates.RFC_5280_PUBLISHED)
public class TbsSignatureRsaEncryptionParameterNotNull extends CertificateLint {

    private static final Set<ASN1ObjectIdentifier> PKCS1_SIGNATURES = Set.of(
            PKCSObjectIdentifiers.md2WithRSAEncryption, PKCSObjectIdentifiers.md4WithRSAEncryption,
            PKCSObjectIdentifiers.md5WithRSAEncryption, PKCSObjectIdentifiers.sha1WithRSAEncryption,
            PKCSObjectIdentifiers.sha224WithRSAEncryption, PKCSObjectIdentifiers.sha256WithRSAEncryption,
            PKCSObjectIdentifiers.sha384WithRSAEncryption, PKCSObjectIdentifiers.sha512WithRSAEncryption,
            PKCSObjectIdentifiers.sha512_224WithRSAEncryption, PKCSObjectIdentifiers.sha512_256WithRSAEncryption);

    @Override
    protected boolean applies(CertificateView certificate) {
        return PKCS1_SIGNATURES.contains(certificate.tbsSignatureAlgorithm().getAlgorithm());
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        RawCertificate raw = RawCertificate.of(certificate);
        if (raw == null) {
            return LintResult.NOT_APPLICABLE;
        }
        if (AlgorithmParameters.isNull(raw.tbsSignature)) {
            return LintResult.PASS;
        }
        return LintResult.failIf(true, metadata().severity(), "RSA signature algorithm parameters are " + AlgorithmParameters.describe(raw.tbsSignature));
    }
}
