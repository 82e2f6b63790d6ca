package org.casebook.analysis.lints.mozilla;

import java.time.Instant;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.casebook.analysis.AlgorithmNames;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

/**
 * Mozilla 5.1.3 sunsets SHA-1 in two steps: end-entity certificates with id-kp-emailProtection from 2022-07-01, then
 * intermediate and OCSP responder certificates from 2023-07-01. TLS certificates have been barred far longer by the
 * BRs (e_sub_cert_or_sub_ca_using_sha1); roots' self-signatures are not "signing over" another certificate.
 */
@LintSpec(code = "e_mp_sha1_signature_prohibited",
        description = "No SHA-1 signature over end-entity certificates with id-kp-emailProtection (from 2022-07-01), nor over intermediate or OCSP responder certificates (from 2023-07-01).",
        citation = "Mozilla Root Store Policy, section 5.1.3", source = LintSource.MOZILLA, effective = LintDates.MOZILLA_SHA1_EMAIL_SUNSET)
public class MpSha1SignatureProhibited extends CertificateLint {

    private static final Instant CA_SUNSET = Instant.parse(LintDates.MOZILLA_SHA1_CA_SUNSET + "T00:00:00Z");

    @Override
    protected boolean applies(CertificateView certificate) {
        return AlgorithmNames.isSha1Signature(certificate.signatureAlgorithm().getAlgorithm()) && !certificate.isSelfSigned();
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        boolean afterCaSunset = !certificate.notBefore().isBefore(CA_SUNSET);
        if (certificate.isCa()) {
            return afterCaSunset ? LintResult.error("SHA-1 signature over an intermediate certificate") : LintResult.PASS;
        }
        if (certificate.extendedKeyUsages().contains(KeyPurposeId.id_kp_OCSPSigning)) {
            return afterCaSunset ? LintResult.error("SHA-1 signature over an OCSP responder certificate") : LintResult.PASS;
        }
        return LintResult.failIf(certificate.extendedKeyUsages().contains(KeyPurposeId.id_kp_emailProtection), metadata().severity(),
                "SHA-1 signature over an end-entity certificate with id-kp-emailProtection");
    }
}
